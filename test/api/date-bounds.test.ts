import { createApiLogger } from '@kizuna/api/logger';
import { createErrorHandler, toAppError } from '@kizuna/api/problem';
import express from 'express';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, hex, snapshotTenant, userCaller, type Caller } from '../support/api-helpers.js';
import { createLifecycleFixtures } from '../support/lifecycle-fixtures.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Finding 9: dates the contracts take are bounded to the years 1900–2999, so a year-0 date never reaches
// PostgreSQL; and a data exception PostgreSQL still raises (SQLSTATE class 22) answers 400, never 500.

let t: TestContext;
let T: TestTenant;
let officer: Caller;
let systemId: string;
let assessmentId: string;
let requirementId: string;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('dates');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
  const system = await t.createSystemAs(T, 'governance_officer', `Dated ${hex(3)}`);
  const prepared = await createLifecycleFixtures(t, T).advance(system, 'assessment');
  systemId = system.id;
  assessmentId = prepared.assessmentId!;
  requirementId = prepared.requirementIds![0]!;
});
afterAll(() => t?.close());

const gapDueOn = (dueDate: string) =>
  officer.call('patch', `/api/v1/tenants/${T.slug}/ai-systems/${systemId}/assessments/${assessmentId}`, {
    body: {
      answers: {
        [requirementId]: { answer: 'gap', remediation: 'Write the notice', ownerId: T.users.system_owner.id, dueDate },
      },
    },
  });

describe('dates are bounded', () => {
  it('finding 9: when a gap answer is dated 0000-01-01, then 400 names the dueDate field and nothing is written', async () => {
    const before = await snapshotTenant(t.ownerPool, T);
    for (const dueDate of ['0000-01-01', '1899-12-31', '3000-01-01']) {
      const res = await gapDueOn(dueDate);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toContainEqual({
        path: `body.answers.${requirementId}.dueDate`,
        message: expect.stringContaining('1900'),
      });
    }
    expect(await snapshotTenant(t.ownerPool, T)).toEqual(before);
    // The range itself is accepted, to its last day.
    expect((await gapDueOn('2999-12-31')).status).toBe(200);
  });

  it('finding 9: when a dossier is asked for as of year 0, then 400 names the at parameter', async () => {
    const res = await officer.call(
      'get',
      `/api/v1/tenants/${T.slug}/ai-systems/${systemId}/dossier?at=0000-01-01T00:00:00Z`,
    );
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0].path).toBe('query.at');
  });

  it('finding 9: when PostgreSQL raises a data exception (SQLSTATE class 22) anyway, then the API answers 400 problem+json, never 500', async () => {
    const raised: unknown[] = [];
    for (const query of [
      `select '0000-01-01'::date`, // 22008 datetime field overflow
      `select 'not a number'::int`, // 22P02 invalid text representation
      `select '99999999999'::int`, // 22003 numeric value out of range
      `select 1 / 0`, // 22012 division by zero
    ]) {
      const err = await t.appPool.query(query).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, query).toMatchObject({ code: expect.stringMatching(/^22/) });
      raised.push(err);
      expect(toAppError(err).code, query).toBe('VALIDATION_FAILED');
      // Wrapped, as drizzle wraps it.
      expect(toAppError(new Error('Failed query', { cause: err })).code, query).toBe('VALIDATION_FAILED');
    }
    // Through the real error handler: problem+json with status 400.
    const app = express();
    let next = 0;
    app.get('/boom', () => {
      throw raised[next++ % raised.length];
    });
    app.use(createErrorHandler(createApiLogger({ level: 'silent' })));
    for (let i = 0; i < raised.length; i += 1)
      expectProblem(await supertest(app).get('/boom'), 400, 'VALIDATION_FAILED');
  });
});

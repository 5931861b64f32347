import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEverything, createSystemThroughApi } from '../support/governance-helpers.js';
import { createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

let t: TestContext;
let tenant: TestTenant;
beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('reqid');
});
afterAll(() => t?.close());

describe('client-chosen request ids', () => {
  it('when two executives send the same X-Request-Id, then both decisions are recorded and quorum is reached', async () => {
    const owner = await logIn(t.app, tenant.users.system_owner.email);
    const system = await createSystemThroughApi(owner, tenant.slug, {
      name: 'High tier, shared request id',
      purpose: 'Scores applicants',
      profile: { usesPersonalData: true, automatedDecisions: true, sector: 'finance' },
    });
    const base = `/api/v1/tenants/${tenant.slug}/ai-systems/${system.id}`;
    await owner.agent
      .post(`${base}/role-determination`)
      .set('X-CSRF-Token', owner.csrf)
      .send({ trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true })
      .expect(200);
    const started = await owner.agent.post(`${base}/assessments`).set('X-CSRF-Token', owner.csrf).expect(202);
    const assessmentId = started.body.assessmentId as string;
    const assessment = await owner.agent.get(`${base}/assessments/${assessmentId}`).expect(200);
    await answerEverything(
      owner,
      tenant.slug,
      system.id,
      assessmentId,
      assessment.body.requirements,
      tenant.users.system_owner.id,
    );
    const submitted = await owner.agent
      .post(`${base}/assessments/${assessmentId}/submit`)
      .set('X-CSRF-Token', owner.csrf)
      .expect(202);
    const decide = async (email: string) => {
      const who = await logIn(t.app, email);
      return who.agent
        .post(`${base}/signoffs`)
        .set('X-CSRF-Token', who.csrf)
        .set('X-Request-Id', 'same-id-from-a-proxy')
        .send({
          assessmentId,
          decision: 'approve',
          snapshotHash: submitted.body.snapshotHash,
          attestation: 'Approved.',
        })
        .expect(200);
    };
    expect((await decide(tenant.users.executive.email)).body.state).toBe('signoff');
    expect((await decide(tenant.users.executive2.email)).body.state).toBe('active');
    const rows = await t.ownerPool.query(
      `select signer_id from "${tenant.schemaName}".sign_offs where system_id = $1`,
      [system.id],
    );
    expect(rows.rows.map((r) => r.signer_id).sort()).toEqual(
      [tenant.users.executive.id, tenant.users.executive2.id].sort(),
    );
  });
});

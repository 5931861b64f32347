import { Writable } from 'node:stream';
import { createApiLogger } from '@kizuna/api/logger';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, canary, createKeyAs, schemaOf } from '../support/api-helpers.js';
import { createSystemThroughApi } from '../support/governance-helpers.js';
import { TEST_PASSWORD, createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

// Security review finding 1: no secret in a log line. The API runs with its production logger at debug level,
// writing into memory; each scenario then searches every line for what must never be there.

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext({ logger: createApiLogger({ level: 'debug' }, sink) });
  tenant = await t.provision('logs');
});
afterAll(() => t.close());

const logSince = (mark: number) => lines.slice(mark).join('\n');

describe('secrets in logs', () => {
  it('when an API key calls the API, then the key never appears in the log, the request does', async () => {
    const key = await createKeyAs(await adminOf(t.app, tenant), tenant, ['ai-systems:read']);
    const mark = lines.length;
    const secretQuery = canary('query');
    await supertest(t.app)
      .get(`/api/v1/tenants/${tenant.slug}/ai-systems?limit=5&q=${secretQuery}`)
      .set('Authorization', `Bearer ${key.secret}`)
      .expect(200);
    const log = logSince(mark);
    expect(log).toContain(`/api/v1/tenants/${tenant.slug}/ai-systems`);
    expect(log).not.toContain(key.secret);
    expect(log).not.toContain(key.secret.split('_').at(-1));
    expect(log).not.toContain(secretQuery);
    expect(log).not.toMatch(/authorization/i);
  });

  it('when a person logs in, then neither the password, the session cookie nor the CSRF token is logged', async () => {
    const mark = lines.length;
    const csrfRes = await supertest(t.app).get('/api/v1/auth/csrf').expect(200);
    const cookie = csrfRes.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    const csrf = csrfRes.body.token as string;
    const login = await supertest(t.app)
      .post('/api/v1/auth/login')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ email: tenant.users.governance_officer.email, password: TEST_PASSWORD })
      .expect(200);
    const sessionCookie =
      (login.headers['set-cookie'] as unknown as string[] | undefined)
        ?.find((c) => c.startsWith('kizuna.sid='))
        ?.split(';')[0] ?? '';
    expect(sessionCookie.length).toBeGreaterThan(20);
    // A wrong password is logged as a failure, without the password either.
    const wrong = canary('password');
    await supertest(t.app)
      .post('/api/v1/auth/login')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ email: tenant.users.auditor.email, password: wrong });
    const log = logSince(mark);
    expect(log).toContain('/api/v1/auth/login');
    expect(cookie.length).toBeGreaterThan(10);
    for (const secret of [TEST_PASSWORD, wrong, csrf, cookie.split('=')[1]!, sessionCookie.split('=')[1]!]) {
      expect(log).not.toContain(secret);
    }
  });

  it('when an evidence upload fails in the database, then the error is logged without the file', async () => {
    const officer = await logIn(t.app, tenant.users.governance_officer.email);
    const system = await createSystemThroughApi(officer, tenant.slug, {
      name: 'Log probe',
      purpose: 'probe',
      profile: {},
    });
    const content = canary('file-content');
    // A real database failure: the application role loses INSERT on the tenant's evidence table for one request.
    const table = `${schemaOf(tenant)}.evidence`;
    await t.ownerPool.query(`REVOKE INSERT ON ${table} FROM ${t.stack.appRole}`);
    const mark = lines.length;
    try {
      const res = await officer.agent
        .post(`/api/v1/tenants/${tenant.slug}/ai-systems/${system.id}/evidence`)
        .set('X-CSRF-Token', officer.csrf)
        .send({
          kind: 'model_card',
          title: 'Model card',
          file: { name: 'card.txt', contentType: 'text/plain', dataBase64: Buffer.from(content).toString('base64') },
        });
      expect(res.status).toBeGreaterThanOrEqual(500);
    } finally {
      await t.ownerPool.query(`GRANT INSERT ON ${table} TO ${t.stack.appRole}`);
    }
    const log = logSince(mark);
    expect(log).toMatch(/request failed|permission denied/);
    expect(log).not.toContain(content);
    expect(log).not.toContain(Buffer.from(content).toString('base64'));
  });
});

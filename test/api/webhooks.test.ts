import { Writable } from 'node:stream';
import { createApiLogger } from '@kizuna/api/logger';
import { createWebhookEndpoint, createWebhookSecretBox, resolveUserContext } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, createKeyAs, expectProblem, keyCaller, userCaller, type Caller } from '../support/api-helpers.js';
import { productionEnv } from '../support/build-app.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

// Issue 7 §6: webhook endpoints over HTTP, and an incident created through the API reaching a real receiver signed.

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

let t: TestContext;
let T: TestTenant;
let admin: Caller;
let auditor: Caller;
let officer: Caller;
let key: Caller;
let receiver: WebhookReceiver;

const base = () => `/api/v1/tenants/${T.slug}/webhooks`;
const endpointBody = (extra: Record<string, unknown> = {}) => ({
  url: receiver.url(),
  events: ['incident.created', 'incident.updated'],
  ...extra,
});
const countEndpoints = async () =>
  (await t.ownerPool.query<{ n: number }>(`select count(*)::int as n from ${T.schemaName}.webhook_endpoints`)).rows[0]!
    .n;

beforeAll(async () => {
  t = await createTestContext({
    logger: createApiLogger({ level: 'debug' }, sink),
    webhookTiming: { dispatch: { pollMs: 200 }, delivery: { firstRetryMs: 200, maxRetryMs: 500, maxAttempts: 3 } },
  });
  T = await t.provision('hooks');
  admin = await adminOf(t.app, T);
  auditor = await userCaller(t.app, T.users.auditor.email, 'auditor');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
  key = keyCaller(t.app, (await createKeyAs(admin, T, ['incidents:write', 'audit-events:read'])).secret, 'key');
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

describe('webhook endpoints', () => {
  it('when an admin registers an endpoint, then 201 shows its secret once; reads never show it, and the database holds it sealed', async () => {
    const res = await admin.call('post', base(), { body: endpointBody({ description: 'SIEM' }) });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ url: receiver.url(), active: true, description: 'SIEM', version: 1 });
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(res.headers.location).toBe(`${base()}/${res.body.id}`);
    const secret = res.body.secret as string;

    const got = await admin.call('get', `${base()}/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"v1"');
    const listed = await auditor.call('get', base());
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).toContain(res.body.id);
    expect(JSON.stringify([got.body, listed.body])).not.toContain(secret);

    const dump = await t.ownerPool.query(`select * from ${T.schemaName}.webhook_endpoints`);
    expect(JSON.stringify(dump.rows)).not.toContain(secret);
    expect(JSON.stringify(dump.rows)).not.toContain(secret.slice(6, 26));
    const audit = await t.ownerPool.query(
      `select data from ${T.schemaName}.audit_events where action like 'webhook.%'`,
    );
    expect(JSON.stringify(audit.rows)).not.toContain(secret);
  });

  it('when the body is bad, then 400 names each bad field and nothing is written', async () => {
    const before = await countEndpoints();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ url: 'not a url', events: ['incident.created'] }, ['body.url']],
      [{ url: 'ftp://example.com/x', events: ['incident.created'] }, ['body.url']],
      [{ url: `https://example.com/${'x'.repeat(2100)}`, events: ['incident.created'] }, ['body.url']],
      [{ url: 'https://example.com', events: [] }, ['body.events']],
      [{ url: 'https://example.com', events: ['incident.deleted'] }, ['body.events.0']],
      [{ url: 'https://example.com', events: ['incident.created', 'incident.created'] }, ['body.events']],
      [{ url: 'https://example.com', events: ['incident.created'], extra: 1 }, ['body']],
      [{ url: 'https://user:pw@example.com/hook', events: ['incident.created'] }, ['body.url']],
    ];
    for (const [body, paths] of cases) {
      const res = await admin.call('post', base(), { body });
      expectProblem(res, 400);
      const named = (res.body.errors as { path: string }[]).map((e) => e.path);
      for (const p of paths) expect(named, JSON.stringify(body)).toContain(p);
    }
    expect(await countEndpoints()).toBe(before);
  });

  it('when the product runs in production, then http, localhost and literal private addresses are refused at registration and nothing is written', async () => {
    const deps = {
      ...t.deps,
      production: true,
      webhooks: t.webhooks,
      webhookSecrets: createWebhookSecretBox('k'.repeat(40)),
    };
    const ctx = await resolveUserContext(t.deps, {
      userId: T.users.tenant_admin.id,
      tenantSlug: T.slug,
      requestId: null,
    });
    const before = await countEndpoints();
    for (const url of [
      'http://hooks.example.com/x',
      'https://10.0.0.8/x',
      'https://[::1]/x',
      'https://127.0.0.1/x',
      'https://localhost/x',
    ]) {
      const refusal = await createWebhookEndpoint(deps, ctx, {
        url,
        events: ['incident.created'],
        active: false,
      }).catch((err: unknown) => err);
      expect(refusal, url).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.url' }] });
    }
    expect(await countEndpoints()).toBe(before);
    const accepted = await createWebhookEndpoint(deps, ctx, {
      url: 'https://hooks.example.com/x',
      events: ['incident.created'],
      active: false,
    });
    expect(accepted.secret).toMatch(/^whsec_/);
  });

  it('when someone other than an admin writes, then it is refused: auditors read only, officers and API keys neither', async () => {
    const created = (await admin.call('post', base(), { body: endpointBody() })).body as { id: string };
    expectProblem(await auditor.call('post', base(), { body: endpointBody() }), 403);
    expectProblem(await officer.call('post', base(), { body: endpointBody() }), 403);
    expectProblem(await officer.call('get', base()), 403);
    expectProblem(await key.call('get', base()), 403);
    expectProblem(await key.call('post', base(), { body: endpointBody() }), 403);
    expect((await auditor.call('get', `${base()}/${created.id}/deliveries`)).status).toBe(200);
    expectProblem(
      await auditor.call('patch', `${base()}/${created.id}`, {
        body: { active: false },
        headers: { 'If-Match': '"v1"' },
      }),
      403,
    );
    expectProblem(await auditor.call('delete', `${base()}/${created.id}`), 403);
    expectProblem(await auditor.call('post', `${base()}/${created.id}/rotate-secret`, { body: {} }), 403);
  });

  it('when an endpoint is patched, then If-Match is required and a stale version is refused; delete removes it', async () => {
    const created = (await admin.call('post', base(), { body: endpointBody({ active: false }) })).body as {
      id: string;
    };
    const url = `${base()}/${created.id}`;
    expectProblem(await admin.call('patch', url, { body: { description: 'x' } }), 428);
    const ok = await admin.call('patch', url, { body: { description: 'Ops' }, headers: { 'If-Match': '"v1"' } });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ description: 'Ops', version: 2 });
    expectProblem(await admin.call('patch', url, { body: { description: 'y' }, headers: { 'If-Match': '"v1"' } }), 412);
    expectProblem(await admin.call('patch', url, { body: {}, headers: { 'If-Match': '"v2"' } }), 400);
    expect((await admin.call('delete', url)).status).toBe(204);
    expectProblem(await admin.call('get', url), 404);
    expectProblem(await admin.call('delete', url), 404);
  });

  it('when the rotation overlap is out of range, then 400 names overlapHours', async () => {
    const created = (await admin.call('post', base(), { body: endpointBody({ active: false }) })).body as {
      id: string;
    };
    for (const overlapHours of [-1, 169, 1.5]) {
      const res = await admin.call('post', `${base()}/${created.id}/rotate-secret`, { body: { overlapHours } });
      expectProblem(res, 400);
      expect(res.body.errors[0].path).toBe('body.overlapHours');
    }
  });
});

describe('delivery of an incident created through the API', () => {
  it('when an incident is created, then the receiver gets it signed with the endpoint secret, with a curated body; a replayed old timestamp is rejected', async () => {
    const created = await admin.call('post', base(), {
      body: { url: receiver.url('/incidents'), events: ['incident.created'] },
    });
    const secret = created.body.secret as string;
    const incident = await key.call('post', `/api/v1/tenants/${T.slug}/incidents`, {
      body: {
        title: 'Chatbot showed Yamada Taro’s address',
        description: 'Private detail that must not leave the product',
        severity: 'high',
        categories: ['security'],
        detectedAt: new Date(Date.now() - 60_000).toISOString(),
        awareAt: new Date(Date.now() - 60_000).toISOString(),
      },
    });
    expect(incident.status, incident.text).toBe(201);
    // Other endpoints of this file get the incident too: this one's deliveries arrive at /incidents.
    const ours = (h: { path: string; json: { data: Record<string, unknown> } }) =>
      h.path === '/incidents' && h.json.data.incidentId === incident.body.id;
    const hooks = await receiver.waitFor((r) => r.some(ours));
    const hook = hooks.find(ours)!;
    expect(hook.headers['content-type']).toBe('application/json');
    expect(hook.json).toMatchObject({ type: 'incident.created', tenant: T.slug, id: hook.eventId });
    expect(hook.json.data).toMatchObject({ incidentId: incident.body.id, severity: 'high', status: 'open' });
    expect(hook.body).not.toMatch(/Yamada|Private detail/);
    expect(hook.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(receiver.verify(hook, secret)).toEqual({ valid: true });
    expect(receiver.verify(hook, 'whsec_wrong')).toEqual({ valid: false, reason: 'mismatch' });
    expect(receiver.verify(hook, secret, hook.at + 10 * 60_000)).toEqual({ valid: false, reason: 'too_old' });

    const log = await admin.call('get', `${base()}/${created.body.id}/deliveries`);
    expect(log.status).toBe(200);
    expect(log.body.items[0]).toMatchObject({
      eventType: 'incident.created',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
    });
    expect(log.body.items[0].lastLatencyMs).toBeGreaterThanOrEqual(0);
  });

  it('when endpoints were created and rotated with the logger at debug, then no secret appears in a log line', async () => {
    const created = await admin.call('post', base(), { body: endpointBody({ active: false }) });
    const rotated = await admin.call('post', `${base()}/${created.body.id}/rotate-secret`, { body: {} });
    expect(rotated.status, rotated.text).toBe(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(lines.length).toBeGreaterThan(0);
    const logged = lines.join('\n');
    for (const s of [created.body.secret, rotated.body.secret]) {
      expect(logged).not.toContain(s);
      expect(logged).not.toContain((s as string).slice(6));
    }
  });

  it('when the API config is production with the development webhook key, then it refuses to start', async () => {
    const { loadApiConfig } = await import('@kizuna/api/config');
    const { DEVELOPMENT_WEBHOOK_SECRET_KEY } = await import('@kizuna/domain');
    const env = { ...productionEnv(), APP_DATABASE_URL: t.stack.appUrl };
    expect(() => loadApiConfig({ ...env, WEBHOOK_SECRET_KEY: DEVELOPMENT_WEBHOOK_SECRET_KEY })).toThrow(
      /WEBHOOK_SECRET_KEY: is a published placeholder/,
    );
    const { WEBHOOK_SECRET_KEY: _k, ...withoutKey } = env;
    expect(() => loadApiConfig(withoutKey)).toThrow(/WEBHOOK_SECRET_KEY \(32\+ characters\) is required/);
    const { loadWorkerConfig } = await import('@kizuna/worker/config');
    const worker = { NODE_ENV: 'production', DATABASE_URL: t.stack.ownerUrl, APP_DATABASE_URL: t.stack.appUrl };
    expect(() => loadWorkerConfig(worker)).toThrow(/WEBHOOK_SECRET_KEY/);
    expect(() => loadWorkerConfig({ ...worker, WEBHOOK_SECRET_KEY: DEVELOPMENT_WEBHOOK_SECRET_KEY })).toThrow(
      /WEBHOOK_SECRET_KEY/,
    );
    const random = 'r'.repeat(20) + Math.random().toString(36).repeat(3);
    expect(loadWorkerConfig({ ...worker, WEBHOOK_SECRET_KEY: random, WEBHOOKS_ALLOW_PRIVATE: 'true' })).toMatchObject({
      WEBHOOK_SECRET_KEY: random,
      WEBHOOKS_ALLOW_PRIVATE: 'true',
    });
  });
});

import { randomUUID } from 'node:crypto';
import { listOperations } from '@kizuna/contracts';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, hex, snapshotTenant, userCaller, type Caller } from '../support/api-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// The HTTP conventions of DESIGN.md §8: bad input is a 4xx problem+json that changes nothing, never a 500.

let t: TestContext;
let A: TestTenant;
let B: TestTenant;
let officer: Caller;
let officerB: Caller;

beforeAll(async () => {
  t = await createTestContext();
  A = await t.provision('conv');
  B = await t.provision('convb');
  officer = await userCaller(t.app, A.users.governance_officer.email, 'officer');
  officerB = await userCaller(t.app, B.users.governance_officer.email, 'officer of B');
});
afterAll(() => t?.close());

const systems = (tenant: TestTenant = A) => `/api/v1/tenants/${tenant.slug}/ai-systems`;

const countByName = async (tenant: TestTenant, name: string) =>
  (
    await t.ownerPool.query<{ n: number }>(
      `select count(*)::int as n from ${tenant.schemaName}.ai_systems where name = $1`,
      [name],
    )
  ).rows[0]!.n;

// Sends a raw body with a chosen content type through the logged-in officer.
const rawPost = (path: string, body: string, contentType = 'application/json') =>
  officer.call('post', path, { headers: { 'Content-Type': contentType }, body });

describe('bad input never answers 500 and changes nothing', () => {
  const cases: {
    name: string;
    status: number;
    code: string;
    send: () => Promise<supertest.Response>;
    field?: string;
  }[] = [
    {
      name: 'the body is malformed JSON',
      status: 400,
      code: 'MALFORMED_JSON',
      send: () => rawPost(systems(), '{"name": "x", '),
    },
    {
      name: 'the body is a JSON string, not an object',
      status: 400,
      code: 'MALFORMED_JSON',
      send: () => rawPost(systems(), '"just a string"'),
    },
    {
      name: 'a required field is empty',
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'name',
      send: () => officer.call('post', systems(), { body: { name: '   ', purpose: 'p' } }),
    },
    {
      name: 'a field has the wrong type',
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'roles',
      send: () => officer.call('post', systems(), { body: { name: 'n', purpose: 'p', roles: 'developer' } }),
    },
    {
      name: 'the content type is text/plain',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      send: () => rawPost(systems(), 'name=x&purpose=y', 'text/plain'),
    },
    {
      name: 'the body is form-encoded',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      send: () => rawPost(systems(), 'name=x&purpose=y', 'application/x-www-form-urlencoded'),
    },
    {
      name: 'the JSON charset is not a UTF encoding',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      send: () => rawPost(systems(), '{"name":"x","purpose":"y"}', 'application/json; charset=iso-8859-1'),
    },
    {
      name: 'the body is over 100 kB',
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      send: () => officer.call('post', systems(), { body: { name: 'big', purpose: 'x'.repeat(101 * 1024) } }),
    },
    {
      name: 'a string holds a NUL character',
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'name',
      send: () => officer.call('post', systems(), { body: { name: 'nul\u0000byte', purpose: 'p' } }),
    },
    {
      name: 'an optional string holds a NUL character',
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'vendor',
      send: () => officer.call('post', systems(), { body: { name: 'n', purpose: 'p', vendor: '\u0000' } }),
    },
    {
      name: 'create carries lifecycleState (mass assignment)',
      status: 400,
      code: 'VALIDATION_FAILED',
      send: () => officer.call('post', systems(), { body: { name: 'n', purpose: 'p', lifecycleState: 'active' } }),
    },
    {
      name: 'create carries version (mass assignment)',
      status: 400,
      code: 'VALIDATION_FAILED',
      send: () => officer.call('post', systems(), { body: { name: 'n', purpose: 'p', version: 99 } }),
    },
    {
      name: 'create carries riskTier and id (mass assignment)',
      status: 400,
      code: 'VALIDATION_FAILED',
      send: () =>
        officer.call('post', systems(), { body: { name: 'n', purpose: 'p', riskTier: 'low', id: randomUUID() } }),
    },
    {
      name: 'the profile carries an unknown flag',
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'profile',
      send: () => officer.call('post', systems(), { body: { name: 'n', purpose: 'p', profile: { approved: true } } }),
    },
    {
      name: 'a region is not a country code',
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'deploymentRegions',
      send: () => officer.call('post', systems(), { body: { name: 'n', purpose: 'p', deploymentRegions: ['japan'] } }),
    },
    {
      name: 'the business unit does not exist',
      status: 400,
      code: 'VALIDATION_FAILED',
      send: () => officer.call('post', systems(), { body: { name: 'n', purpose: 'p', businessUnitId: randomUUID() } }),
    },
    {
      name: 'the Idempotency-Key has forbidden characters',
      status: 400,
      code: 'VALIDATION_FAILED',
      send: () =>
        officer.call('post', systems(), { body: { name: 'n', purpose: 'p' }, headers: { 'Idempotency-Key': 'a b/c' } }),
    },
  ];

  for (const c of cases) {
    it(`when ${c.name}, then ${c.status} ${c.code} and no system is created`, async () => {
      const before = await snapshotTenant(t.ownerPool, A);
      const res = await c.send();
      expectProblem(res, c.status, c.code);
      if (c.field) {
        const paths = (res.body.errors ?? []).map((e: { path: string }) => e.path);
        expect(
          paths.some((p: string) => p.split('.').includes(c.field!)),
          JSON.stringify(paths),
        ).toBe(true);
      }
      expect(await snapshotTenant(t.ownerPool, A)).toEqual(before);
    });
  }

  it('when a schema violation spans several fields, then every failing field is named in errors[].path', async () => {
    const res = await officer.call('post', systems(), { body: { name: '', purpose: 7, roles: ['wizard'] } });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.purpose', 'body.roles.0']));
    for (const e of res.body.errors) expect(typeof e.message).toBe('string');
  });

  it('when an update carries version or lifecycleState, then 400 and the system is unchanged', async () => {
    const system = await t.createSystemAs(A, 'governance_officer', `mass ${hex(3)}`);
    for (const body of [{ version: 7 }, { lifecycleState: 'active' }, { name: 'ok', riskTier: 'low' }, {}]) {
      const res = await officer.call('patch', `${systems()}/${system.id}`, { body, headers: { 'If-Match': '"v1"' } });
      expectProblem(res, 400, 'VALIDATION_FAILED');
    }
    const after = await officer.call('get', `${systems()}/${system.id}`);
    expect(after.body).toMatchObject({ name: system.name, version: 1, lifecycleState: 'draft', riskTier: null });
  });

  it('when a path holds a malformed UUID, then 400 naming the id', async () => {
    for (const id of ['not-a-uuid', '1', `${randomUUID()}x`, "1' or '1'='1"]) {
      const res = await officer.call('get', `${systems()}/${encodeURIComponent(id)}`);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('path.id');
    }
  });

  it('when a path holds broken percent-encoding or a NUL, then 400, not 500', async () => {
    expectProblem(await officer.call('get', `${systems()}/%E0%A4%A`), 400);
    expectProblem(await officer.call('get', `${systems()}/%00`), 400, 'VALIDATION_FAILED');
    expectProblem(await officer.call('get', `/api/v1/tenants/%00/ai-systems`), 400, 'VALIDATION_FAILED');
  });

  it('when limit is huge, zero, negative, fractional, repeated or not a number, then 400', async () => {
    for (const q of [
      'limit=1000000',
      'limit=201',
      'limit=0',
      'limit=-1',
      'limit=1.5',
      'limit=abc',
      'limit=1e400',
      'limit=1&limit=2',
    ]) {
      expectProblem(await officer.call('get', `${systems()}?${q}`), 400, 'VALIDATION_FAILED');
    }
    expect((await officer.call('get', `${systems()}?limit=200`)).status).toBe(200);
  });

  it('when a cursor is malformed or forged, then 4xx, never 500', async () => {
    const forged = Buffer.from('not-a-uuid').toString('base64url');
    const nul = Buffer.from('\u0000\u0000\u0000').toString('base64url');
    const admin = await userCaller(t.app, A.users.tenant_admin.email, 'admin');
    for (const cursor of ['!!!', '%00', 'a'.repeat(201), forged, nul, Buffer.from('-1').toString('base64url')]) {
      for (const list of ['ai-systems', 'api-keys', 'audit-events']) {
        const res = await admin.call('get', `/api/v1/tenants/${A.slug}/${list}?cursor=${cursor}`);
        expect(res.status, `${list} cursor=${cursor}: ${res.text}`).toBeLessThan(500);
        if (res.status !== 200) expectProblem(res, 400);
      }
    }
  });

  it('when an unknown route under /api is called, then 404 problem+json', async () => {
    expectProblem(await supertest(t.app).get('/api/v1/nothing-here'), 404, 'NOT_FOUND');
    expectProblem(await supertest(t.app).post('/api/v2/tenants').send({}), 404, 'NOT_FOUND');
    expectProblem(await officer.call('get', `/api/v1/tenants/${A.slug}/unknown-things`), 404, 'NOT_FOUND');
  });

  it('when a known path is called with the wrong method, then 405 with an Allow header', async () => {
    const collection = await officer.call('delete', systems());
    expectProblem(collection, 405, 'METHOD_NOT_ALLOWED');
    expect(collection.headers.allow?.split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
    const item = await supertest(t.app).put(`${systems()}/${randomUUID()}`).send({});
    expectProblem(item, 405, 'METHOD_NOT_ALLOWED');
    expect(item.headers.allow?.split(', ').sort()).toEqual(['GET', 'HEAD', 'PATCH']);
    const login = await supertest(t.app).get('/api/v1/auth/login');
    expectProblem(login, 405, 'METHOD_NOT_ALLOWED');
    expect(login.headers.allow).toBe('POST');
  });

  it('when a problem is answered for an unauthenticated request, then it is problem+json without internals', async () => {
    const res = await supertest(t.app).post(systems()).send({ name: 'n', purpose: 'p' });
    expectProblem(res, 401, 'UNAUTHENTICATED');
    expect(typeof res.body.requestId).toBe('string');
  });
});

describe('Idempotency-Key', () => {
  it('when the same key and body are sent twice, then the first response is replayed and one row exists', async () => {
    const key = `idem-${hex()}`;
    const name = `Idempotent ${hex()}`;
    const body = { name, purpose: 'once' };
    const first = await officer.call('post', systems(), { body, headers: { 'Idempotency-Key': key } });
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await officer.call('post', systems(), { body, headers: { 'Idempotency-Key': key } });
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await countByName(A, name)).toBe(1);
  });

  it('when the same key comes with another body, then 422 IDEMPOTENCY_KEY_REUSED and nothing is created', async () => {
    const key = `idem-${hex()}`;
    const first = await officer.call('post', systems(), {
      body: { name: `First ${key}`, purpose: 'p' },
      headers: { 'Idempotency-Key': key },
    });
    expect(first.status).toBe(201);
    const otherName = `Other ${key}`;
    const res = await officer.call('post', systems(), {
      body: { name: otherName, purpose: 'p' },
      headers: { 'Idempotency-Key': key },
    });
    expectProblem(res, 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await countByName(A, otherName)).toBe(0);
  });

  it('when 10 identical POSTs with one key race, then exactly one system is created', async () => {
    const key = `race-${hex()}`;
    const name = `Raced ${hex()}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        officer.call('post', systems(), { body: { name, purpose: 'race' }, headers: { 'Idempotency-Key': key } }),
      ),
    );
    const created = responses.filter((r) => r.status === 201);
    for (const r of responses) {
      if (r.status === 409) expectProblem(r, 409, 'IDEMPOTENCY_IN_PROGRESS');
      else expect(r.status, r.text).toBe(201);
    }
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    expect(created.filter((r) => r.headers['idempotent-replayed'] !== 'true').length).toBe(1);
    expect(await countByName(A, name)).toBe(1);
  });

  it("when tenant B's user sends the same key and body, then A's response is not replayed", async () => {
    const key = `shared-${hex()}`;
    const body = { name: `Shared ${key}`, purpose: 'p' };
    const inA = await officer.call('post', systems(A), { body, headers: { 'Idempotency-Key': key } });
    expect(inA.status).toBe(201);
    const inB = await officerB.call('post', systems(B), { body, headers: { 'Idempotency-Key': key } });
    expect(inB.status).toBe(201);
    expect(inB.headers['idempotent-replayed']).toBeUndefined();
    expect(inB.body.id).not.toBe(inA.body.id);
    expect(inB.text).not.toContain(A.slug);
    expect(await countByName(B, body.name)).toBe(1);
    expect(await countByName(A, body.name)).toBe(1);
  });

  it('when another user of the same tenant sends the same key and body, then it is their own request', async () => {
    const key = `peer-${hex()}`;
    const body = { name: `Peer ${key}`, purpose: 'p' };
    const admin = await userCaller(t.app, A.users.tenant_admin.email, 'admin');
    const mine = await officer.call('post', systems(), { body, headers: { 'Idempotency-Key': key } });
    const theirs = await admin.call('post', systems(), { body, headers: { 'Idempotency-Key': key } });
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('when the first attempt was refused, then the same key may be retried', async () => {
    const key = `retry-${hex()}`;
    const refused = await officer.call('post', systems(), {
      body: { name: 'r', purpose: 'p', businessUnitId: randomUUID() },
      headers: { 'Idempotency-Key': key },
    });
    expectProblem(refused, 400);
    const retried = await officer.call('post', systems(), {
      body: { name: 'r', purpose: 'p', businessUnitId: randomUUID() },
      headers: { 'Idempotency-Key': key },
    });
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expectProblem(retried, 400);
  });
});

describe('ETag and If-Match', () => {
  it('when If-Match is stale, missing or malformed, then 412 / 428 / 412 and the system keeps its version', async () => {
    const system = await t.createSystemAs(A, 'governance_officer', `etag ${hex(3)}`);
    const path = `${systems()}/${system.id}`;
    const read = await officer.call('get', path);
    expect(read.headers.etag).toBe('"v1"');
    const ok = await officer.call('patch', path, {
      body: { purpose: 'v2' },
      headers: { 'If-Match': read.headers.etag! },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expectProblem(
      await officer.call('patch', path, { body: { purpose: 'lost' }, headers: { 'If-Match': '"v1"' } }),
      412,
      'PRECONDITION_FAILED',
    );
    expectProblem(await officer.call('patch', path, { body: { purpose: 'lost' } }), 428, 'PRECONDITION_REQUIRED');
    expectProblem(
      await officer.call('patch', path, { body: { purpose: 'lost' }, headers: { 'If-Match': '*' } }),
      412,
      'PRECONDITION_FAILED',
    );
    expectProblem(
      await officer.call('patch', path, { body: { purpose: 'lost' }, headers: { 'If-Match': '"v99999999999999"' } }),
      412,
      'PRECONDITION_FAILED',
    );
    const after = await officer.call('get', path);
    expect(after.body).toMatchObject({ purpose: 'v2', version: 2 });
  });
});

describe('platform endpoints and headers', () => {
  it('when any response is sent, then helmet security headers are on it', async () => {
    for (const res of [
      await supertest(t.app).get('/healthz'),
      await officer.call('get', systems()),
      await supertest(t.app).get('/api/v1/nope'),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    expect((await officer.call('get', systems())).headers['cache-control']).toBe('no-store');
  });

  it('when /healthz is called, then 200', async () => {
    const res = await supertest(t.app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('when /metrics is scraped, then it exposes http_request_duration_seconds labelled by route pattern, not by tenant', async () => {
    await officer.call('get', systems());
    const res = await supertest(t.app).get('/metrics').expect(200);
    expect(res.text).toContain('http_request_duration_seconds_bucket');
    expect(res.text).toContain('route="/api/v1/tenants/:tenant/ai-systems"');
    expect(res.text).not.toContain(A.slug);
  });

  it('when /api/v1/openapi.json is fetched, then it is OpenAPI 3.1 and lists every operation id', async () => {
    const res = await supertest(t.app).get('/api/v1/openapi.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.openapi).toMatch(/^3\.1\.\d+$/);
    const ids = Object.values(res.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap(
      (methods) => Object.values(methods).map((m) => m.operationId),
    );
    expect(ids.sort()).toEqual(
      listOperations()
        .map((op) => op.id)
        .sort(),
    );
  });

  it('when an operation is open to API keys, then the document names the scopes that grant it', async () => {
    const res = await supertest(t.app).get('/api/v1/openapi.json').expect(200);
    const security = (path: string, method: string) =>
      (res.body.paths[path][method] as { security: Record<string, string[]>[] }).security;
    const T = '/api/v1/tenants/{tenant}';
    expect(security(`${T}/audit-events/verify`, 'get')).toEqual([{ session: [] }, { apiKey: ['audit-events:read'] }]);
    expect(security(`${T}/ai-systems`, 'post')).toEqual([{ session: [] }, { apiKey: ['ai-systems:write'] }]);
    // Session-only operations (API keys, sign-off decisions) offer no key scheme at all.
    expect(security(`${T}/api-keys`, 'post')).toEqual([{ session: [] }]);
  });

  it('when /api/docs is opened, then it serves an HTML page whose script loads under the CSP', async () => {
    const res = await supertest(t.app).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('/api/docs/init.js');
    expect(res.text).toContain('swagger-ui');
    expect(res.text).not.toMatch(/<script>[^<]/);
    const init = await supertest(t.app).get('/api/docs/init.js').expect(200);
    expect(init.text).toContain('/api/v1/openapi.json');
  });
});

import { randomUUID } from 'node:crypto';
import { listOperations, type Operation } from '@kizuna/contracts';
import { createDb, createPool, withTenant } from '@kizuna/db';
import type { TAiSystem } from '@kizuna/contracts';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminOf,
  ALL_SCOPES,
  canary,
  createKeyAs,
  expectProblem,
  fillPath,
  hex,
  keyCaller,
  keyMakerOf,
  randomApiKeyId,
  responseText,
  snapshotTenant,
  userCaller,
  type Caller,
  type CreatedKey,
} from '../support/api-helpers.js';
import { createTestContext, ROLE_NAMES, type TestContext, type TestTenant } from '../support/test-context.js';

// Every tenant-scoped operation, called by every kind of caller of tenant A, aimed at tenant B.
// A new route that is not listed here fails the first test, so it has to join the matrix.

type ObjectKind = 'aiSystem' | 'apiKey' | 'incident' | 'feedback' | 'regulatorRequest' | 'webhook';
type MatrixRow = {
  // Which object the path's {id} names; {aid}, {cid} and {nid} always get fresh UUIDs.
  object?: ObjectKind;
  body?: () => unknown;
  headers?: Record<string, string>;
};

const aiSystem = { object: 'aiSystem' } as const;
const incidentBody = () => ({
  title: `intruder ${hex(3)}`,
  description: 'cross-tenant incident',
  severity: 'low',
  categories: ['other'],
  detectedAt: '2026-01-05T00:00:00Z',
  awareAt: '2026-01-05T00:00:00Z',
});
const regulatorRequestBody = () => ({
  authority: 'ppc',
  kind: 'report_request',
  receivedAt: '2026-01-05T00:00:00Z',
  summary: `cross-tenant request ${hex(3)}`,
});

// Keyed by operation id (a plain string key, so renamed operations surface as stale rows at run time).
const MATRIX: Record<string, MatrixRow> = {
  getMe: {},
  listAiSystems: {},
  createAiSystem: { body: () => ({ name: `intruder ${hex(3)}`, purpose: 'cross-tenant write' }) },
  getAiSystem: aiSystem,
  updateAiSystem: { ...aiSystem, body: () => ({ name: 'hijacked' }), headers: { 'If-Match': '"v1"' } },
  listApiKeys: {},
  createApiKey: { body: () => ({ name: `intruder ${hex(3)}`, scopes: ['ai-systems:read'] }) },
  revokeApiKey: { object: 'apiKey' },
  listAuditEvents: {},
  verifyAuditEvents: {},
  // Governance routes on one AI system.
  getRoleDetermination: aiSystem,
  determineRoles: {
    ...aiSystem,
    body: () => ({ trainsOrFineTunes: true, offersToOthers: true, usesInOwnOperations: true }),
  },
  getLifecycle: aiSystem,
  listAssessments: aiSystem,
  startAssessment: aiSystem,
  getAssessment: aiSystem,
  saveAnswers: { ...aiSystem, body: () => ({ answers: {} }) },
  submitAssessment: aiSystem,
  listEvidence: aiSystem,
  addEvidence: { ...aiSystem, body: () => ({ kind: 'model_card', title: 'intruder', url: 'https://example.test/x' }) },
  listSystemSignOffs: aiSystem,
  decideSignOff: {
    ...aiSystem,
    body: () => ({ assessmentId: randomUUID(), decision: 'reject', snapshotHash: '0'.repeat(64), attestation: 'x' }),
  },
  openReview: { ...aiSystem, body: () => ({ reason: 'material_change' }) },
  fulfilCondition: { ...aiSystem, body: () => ({ note: 'intruder' }) },
  retireSystem: aiSystem,
  reinstateSystem: aiSystem,
  listRiskLog: aiSystem,
  getDossier: aiSystem,
  listSignOffs: {},
  listNotifications: {},
  markNotificationRead: {},
  listMembers: {},
  getTenantPolicy: {},
  updateTenantPolicy: { body: () => ({ escalationDays: 1 }) },
  listIncidents: {},
  createIncident: { body: incidentBody },
  getIncident: { object: 'incident' },
  updateIncident: { object: 'incident', body: () => ({ severity: 'critical' }), headers: { 'If-Match': '"v1"' } },
  getFeedbackChannel: {},
  updateFeedbackChannel: { body: () => ({ enabled: false, systemIds: [], intro: { ja: '', en: '' } }) },
  listFeedback: {},
  getFeedback: { object: 'feedback' },
  dismissFeedback: { object: 'feedback', body: () => ({ reason: 'intruder' }) },
  linkFeedback: { object: 'feedback', body: () => ({ incidentId: randomUUID() }) },
  promoteFeedback: { object: 'feedback', body: () => ({ severity: 'low', categories: ['other'] }) },
  listRegulatorRequests: {},
  createRegulatorRequest: { body: regulatorRequestBody },
  getRegulatorRequest: { object: 'regulatorRequest' },
  updateRegulatorRequest: {
    object: 'regulatorRequest',
    body: () => ({ status: 'in_progress' }),
    headers: { 'If-Match': '"v1"' },
  },
  listWebhookEndpoints: {},
  createWebhookEndpoint: { body: () => ({ url: 'https://example.test/intruder', events: ['incident.created'] }) },
  getWebhookEndpoint: { object: 'webhook' },
  updateWebhookEndpoint: { object: 'webhook', body: () => ({ active: true }), headers: { 'If-Match': '"v1"' } },
  deleteWebhookEndpoint: { object: 'webhook' },
  rotateWebhookSecret: { object: 'webhook', body: () => ({ overlapHours: 0 }) },
  listWebhookDeliveries: { object: 'webhook' },
  redeliverWebhook: { object: 'webhook' },
  listIncidentFilings: { object: 'incident' },
  createIncidentFiling: { object: 'incident', body: () => ({ clockKind: 'appi_preliminary', channel: 'email' }) },
};

// The public feedback page of a tenant, and a report sent to it (as anyone on the internet would).
const openFeedbackChannel = async (admin: Caller, tenant: TestTenant, systemIds: string[]) => {
  const res = await admin.call('put', `/api/v1/tenants/${tenant.slug}/feedback-channel`, {
    body: { enabled: true, systemIds, intro: { ja: '', en: `${tenant.slug} feedback` } },
  });
  expect(res.status, res.text).toBe(200);
};
const sendFeedback = async (tenant: TestTenant, systemId: string, message: string): Promise<string> => {
  const res = await supertest(t.app)
    .post(`/api/v1/public/feedback/${tenant.slug}`)
    .set('X-Forwarded-For', `192.0.2.${Math.floor(Math.random() * 250) + 1}`)
    .send({ systemId, message, language: 'en' });
  expect(res.status, res.text).toBe(201);
  const { rows } = await t.ownerPool.query<{ id: string }>(
    `select id from ${tenant.schemaName}.feedback_reports where reference = $1`,
    [res.body.reference],
  );
  return rows[0]!.id;
};

const tenantOps = listOperations().filter((op) => op.tenantScoped);
const matrixOps = tenantOps.filter((op) => MATRIX[op.id]);
const CALLER_LABELS = [...ROLE_NAMES, 'api_key'] as const;
type CallerLabel = (typeof CALLER_LABELS)[number];

let t: TestContext;
let A: TestTenant;
let B: TestTenant;
let callersA: Record<CallerLabel, Caller>;
let bAdmin: Caller;
let bKey: CreatedKey;
let bSystem: TAiSystem;
let bIncidentId: string;
let bFeedbackId: string;
let bRequestId: string;
let bWebhookId: string;
let aSystem: TAiSystem;
let aKey: CreatedKey;
const bCanary = canary('b');
const aCanary = canary('a');

// What must never appear in a response to A: anything that names B or its objects.
const secretsOfB = () => [
  B.id,
  B.slug,
  B.name,
  B.schemaName,
  bSystem.id,
  bIncidentId,
  bFeedbackId,
  bRequestId,
  bWebhookId,
  bCanary,
  bKey.id,
  bKey.secret,
  ...Object.values(B.users).flatMap((u) => [u.id, u.email]),
];

const expectNoTraceOfB = (text: string) => {
  for (const s of secretsOfB()) expect(text, `leaked ${s}`).not.toContain(s);
};

const isSessionOnly = (op: Operation) => op.auth === 'session';

const send = (caller: Caller, op: Operation, params: Record<string, string>) => {
  const row = MATRIX[op.id]!;
  const path = fillPath(op.path, {
    aid: randomUUID(),
    cid: randomUUID(),
    nid: randomUUID(),
    deliveryId: randomUUID(),
    ...params,
  });
  return caller.call(op.method, path, {
    ...(row.body && { body: row.body() }),
    ...(row.headers && { headers: row.headers }),
  });
};

const objectIdOfB = (kind: ObjectKind) =>
  ({
    aiSystem: bSystem.id,
    incident: bIncidentId,
    feedback: bFeedbackId,
    regulatorRequest: bRequestId,
    webhook: bWebhookId,
    apiKey: bKey.id,
  })[kind];
const randomIdOf = (kind: ObjectKind) => (kind === 'apiKey' ? randomApiKeyId() : randomUUID());

beforeAll(async () => {
  t = await createTestContext();
  A = await t.provision('xa');
  B = await t.provision('xb');
  bAdmin = await adminOf(t.app, B);
  bSystem = await t.createSystemAs(B, 'governance_officer', `${bCanary} system`);
  // Keys with every scope come from someone holding every right they need (a key never exceeds its creator).
  bKey = await createKeyAs(await keyMakerOf(t, B), B, ALL_SCOPES, { name: `${bCanary} key` });
  const bOfficer = await userCaller(t.app, B.users.governance_officer.email, "B's officer");
  const bIncident = await bOfficer.call('post', `/api/v1/tenants/${B.slug}/incidents`, {
    body: { ...incidentBody(), title: `${bCanary} incident`, systemIds: [bSystem.id] },
  });
  expect(bIncident.status, bIncident.text).toBe(201);
  bIncidentId = bIncident.body.id;
  await openFeedbackChannel(bAdmin, B, [bSystem.id]);
  bFeedbackId = await sendFeedback(B, bSystem.id, `${bCanary} feedback about B's system`);
  const bRequest = await bOfficer.call('post', `/api/v1/tenants/${B.slug}/regulator-requests`, {
    body: {
      ...regulatorRequestBody(),
      summary: `${bCanary} request`,
      systemIds: [bSystem.id],
      incidentIds: [bIncidentId],
    },
  });
  expect(bRequest.status, bRequest.text).toBe(201);
  bRequestId = bRequest.body.id;
  // Inactive, so no dispatcher tries to reach it.
  const bWebhook = await bAdmin.call('post', `/api/v1/tenants/${B.slug}/webhooks`, {
    body: { url: 'https://example.test/b-hooks', events: ['incident.created'], active: false, description: bCanary },
  });
  expect(bWebhook.status, bWebhook.text).toBe(201);
  bWebhookId = bWebhook.body.id;
  aSystem = await t.createSystemAs(A, 'governance_officer', `${aCanary} system`);
  aKey = await createKeyAs(await keyMakerOf(t, A), A, ALL_SCOPES, { name: `${aCanary} key` });
  await openFeedbackChannel(await adminOf(t.app, A), A, [aSystem.id]);
  await sendFeedback(A, aSystem.id, `${aCanary} feedback about A's system`);
  const users = await Promise.all(
    ROLE_NAMES.map(async (role) => [role, await userCaller(t.app, A.users[role].email, `A's ${role}`)] as const),
  );
  callersA = { ...Object.fromEntries(users), api_key: keyCaller(t.app, aKey.secret, "A's API key") } as Record<
    CallerLabel,
    Caller
  >;
});
afterAll(() => t?.close());

describe('the matrix covers every route', () => {
  it('when a tenant-scoped operation exists, then it has a row in the cross-tenant matrix', () => {
    const missing = tenantOps.filter((op) => !MATRIX[op.id]).map((op) => op.id);
    expect(missing, 'add these operations to MATRIX in cross-tenant-matrix.test.ts').toEqual([]);
    const stale = Object.keys(MATRIX).filter((id) => !tenantOps.some((op) => op.id === id));
    expect(stale, 'MATRIX rows for operations that are gone or not tenant-scoped').toEqual([]);
    expect(matrixOps.length).toBeGreaterThanOrEqual(10);
  });

  it('when B calls its own routes, then the seeded objects are there (the 404s below are not vacuous)', async () => {
    const got = await bAdmin.call('get', `/api/v1/tenants/${B.slug}/ai-systems/${bSystem.id}`);
    expect(got.status).toBe(200);
    expect(got.body.name).toContain(bCanary);
    const keys = await bAdmin.call('get', `/api/v1/tenants/${B.slug}/api-keys?limit=200`);
    expect(keys.body.items.map((k: { id: string }) => k.id)).toContain(bKey.id);
    const viaKey = await keyCaller(t.app, bKey.secret, 'B key').call(
      'get',
      `/api/v1/tenants/${B.slug}/ai-systems/${bSystem.id}`,
    );
    expect(viaKey.status).toBe(200);
    const incident = await bAdmin.call('get', `/api/v1/tenants/${B.slug}/incidents/${bIncidentId}`);
    expect(incident.status).toBe(200);
    expect(incident.body.title).toContain(bCanary);
    const request = await bAdmin.call('get', `/api/v1/tenants/${B.slug}/regulator-requests/${bRequestId}`);
    expect(request.status).toBe(200);
    expect(request.body.summary).toContain(bCanary);
  });
});

describe('the public feedback pages', () => {
  it("when A's public page is read, then it lists A's system and nothing of B", async () => {
    const res = await supertest(t.app).get(`/api/v1/public/feedback/${A.slug}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.systems).toEqual([{ id: aSystem.id, name: `${aCanary} system` }]);
    expectNoTraceOfB(responseText(res));
  });

  it("when a report to A's page names B's system, then 400 and nothing is stored in either tenant", async () => {
    const count = async (tenant: TestTenant) =>
      (await t.ownerPool.query<{ n: number }>(`select count(*)::int as n from ${tenant.schemaName}.feedback_reports`))
        .rows[0]!.n;
    const before = [await count(A), await count(B)];
    const res = await supertest(t.app)
      .post(`/api/v1/public/feedback/${A.slug}`)
      .set('X-Forwarded-For', '192.0.2.77')
      .send({ systemId: bSystem.id, message: 'naming the other tenant’s system', language: 'en' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expectNoTraceOfB(responseText(res));
    expect([await count(A), await count(B)]).toEqual(before);
  });
});

describe("(a) A's callers aimed at B's slug", () => {
  for (const op of matrixOps) {
    for (const label of CALLER_LABELS) {
      const expected = label === 'api_key' && isSessionOnly(op) ? 'FORBIDDEN' : 'NOT_FOUND';
      it(`when A's ${label} calls ${op.id} with B's slug, then ${expected === 'NOT_FOUND' ? 404 : 403} like an unknown tenant and nothing of B leaks`, async () => {
        const caller = callersA[label];
        const row = MATRIX[op.id]!;
        const idOfB: Record<string, string> = row.object ? { id: objectIdOfB(row.object) } : {};
        const atB = await send(caller, op, { tenant: B.slug, ...idOfB });
        const atNowhere = await send(caller, op, { tenant: `nx-${hex(4)}`, ...idOfB });
        expectProblem(atB, expected === 'NOT_FOUND' ? 404 : 403, expected);
        expect({ status: atB.status, code: atB.body.code, detail: atB.body.detail }).toEqual({
          status: atNowhere.status,
          code: atNowhere.body.code,
          detail: atNowhere.body.detail,
        });
        expectNoTraceOfB(responseText(atB));
      });
    }
  }
});

describe("(b) A's callers in A's tenant with B's object ids", () => {
  for (const op of matrixOps.filter((o) => MATRIX[o.id]!.object)) {
    const kind = MATRIX[op.id]!.object!;
    for (const label of CALLER_LABELS) {
      it(`when A's ${label} calls ${op.id} in A with B's ${kind} id, then the answer equals that for a random id`, async () => {
        const caller = callersA[label];
        const withB = await send(caller, op, { tenant: A.slug, id: objectIdOfB(kind) });
        const withRandom = await send(caller, op, { tenant: A.slug, id: randomIdOf(kind) });
        // Key management refuses everyone but the tenant admin, and keys are refused session-only routes, before
        // any lookup. Otherwise B's object is simply not found, exactly like an id that never existed.
        const deniedUpFront =
          (op.id === 'revokeApiKey' && label !== 'tenant_admin') || (label === 'api_key' && isSessionOnly(op));
        expectProblem(withB, deniedUpFront ? 403 : 404, deniedUpFront ? 'FORBIDDEN' : 'NOT_FOUND');
        expect({ status: withB.status, code: withB.body.code, detail: withB.body.detail }).toEqual({
          status: withRandom.status,
          code: withRandom.body.code,
          detail: withRandom.body.detail,
        });
        expectNoTraceOfB(responseText(withB));
      });
    }
  }
});

describe("(c) A's lists never show B's objects", () => {
  const readOps = matrixOps.filter((op) => op.method === 'get' && !op.path.includes('{id}'));
  for (const op of readOps) {
    for (const label of CALLER_LABELS) {
      it(`when A's ${label} calls ${op.id} in A, then no B canary, id or slug appears`, async () => {
        const caller = callersA[label];
        const res = await caller.call('get', `${fillPath(op.path, { tenant: A.slug })}${op.query ? '?limit=200' : ''}`);
        expect([200, 403]).toContain(res.status);
        expectNoTraceOfB(responseText(res));
      });
    }
  }

  it("when A's auditor lists systems, keys and audit events, then A's own canaries are there (the lists work)", async () => {
    const auditor = callersA.auditor;
    const systems = await auditor.call('get', `/api/v1/tenants/${A.slug}/ai-systems?limit=200`);
    expect(systems.body.items.map((s: TAiSystem) => s.id)).toContain(aSystem.id);
    const keys = await auditor.call('get', `/api/v1/tenants/${A.slug}/api-keys?limit=200`);
    expect(keys.text).toContain(aCanary);
    const audit = await auditor.call('get', `/api/v1/tenants/${A.slug}/audit-events?limit=200`);
    expect(audit.text).toContain(aCanary);
    expect(audit.text).not.toContain(bCanary);
  });
});

describe('(d) writes aimed at B leave B unchanged', () => {
  it("when every A caller fires every write at B (B's slug, and A's slug with B's ids), then B's rows and audit trail are byte-identical", async () => {
    const before = await snapshotTenant(t.ownerPool, B);
    expect(before.tables.ai_systems).not.toBeNull();
    expect(before.tables.incidents).not.toBeNull();
    expect(before.tables.regulator_requests).not.toBeNull();
    expect(before.apiKeys).not.toBeNull();
    const writes = matrixOps.filter((op) => op.method !== 'get');
    expect(writes.length).toBeGreaterThanOrEqual(4);
    for (const op of writes) {
      const row = MATRIX[op.id]!;
      const idOfB: Record<string, string> = row.object ? { id: objectIdOfB(row.object) } : {};
      for (const label of CALLER_LABELS) {
        const atB = await send(callersA[label], op, { tenant: B.slug, ...idOfB });
        expect(atB.status, `${label} ${op.id} at B`).toBeGreaterThanOrEqual(400);
        if (row.object) {
          const inA = await send(callersA[label], op, { tenant: A.slug, ...idOfB });
          expect(inA.status, `${label} ${op.id} in A with B's id`).toBeGreaterThanOrEqual(400);
        }
      }
    }
    expect(await snapshotTenant(t.ownerPool, B)).toEqual(before);
    const stillThere = await bAdmin.call('get', `/api/v1/tenants/${B.slug}/ai-systems/${bSystem.id}`);
    expect(stillThere.body).toMatchObject({ name: bSystem.name, version: 1 });
    const keyStillWorks = await keyCaller(t.app, bKey.secret, 'B key').call('get', `/api/v1/tenants/${B.slug}/me`);
    expect(keyStillWorks.status).toBe(200);
  });
});

describe('the database layer', () => {
  it('when the application role queries a tenant table outside withTenant, then the relation does not exist', async () => {
    await expect(t.appPool.query('select * from ai_systems')).rejects.toMatchObject({ code: '42P01' });
    await expect(t.appPool.query('select * from audit_events')).rejects.toThrow(
      /relation "audit_events" does not exist/,
    );
  });

  it('when one pooled connection interleaves withTenant(A) and withTenant(B), then each sees only its own rows and search_path resets', async () => {
    const pool = createPool(t.stack.appUrl, { max: 1 });
    try {
      const db = createDb(pool);
      const defaultPath = (await pool.query<{ search_path: string }>('show search_path')).rows[0]!.search_path;
      const read = (tenant: TestTenant) =>
        withTenant(db, tenant, async (tx) => {
          const res = await tx.execute('select id::text as id, name from ai_systems');
          return res.rows as { id: string; name: string }[];
        });
      const runs = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? A : B)).map(async (tenant) => ({
          tenant,
          rows: await read(tenant),
        })),
      );
      for (const { tenant, rows } of runs) {
        const ids = rows.map((r) => r.id);
        const text = JSON.stringify(rows);
        if (tenant === A) {
          expect(ids).toContain(aSystem.id);
          expect(ids).not.toContain(bSystem.id);
          expect(text).not.toContain(bCanary);
        } else {
          expect(ids).toContain(bSystem.id);
          expect(ids).not.toContain(aSystem.id);
          expect(text).not.toContain(aCanary);
        }
      }
      // A failed unit of work must not leave the path behind either.
      await expect(
        withTenant(db, A, async (tx) => {
          await tx.execute('select 1 from ai_systems');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const after = await pool.query<{ search_path: string; tenant: string | null }>(
        "select current_setting('search_path') as search_path, current_setting('app.tenant_id', true) as tenant",
      );
      expect(after.rows[0]!.search_path).toBe(defaultPath);
      expect(after.rows[0]!.search_path).not.toContain('t_');
      expect(after.rows[0]!.tenant ?? '').toBe('');
      await expect(pool.query('select * from ai_systems')).rejects.toMatchObject({ code: '42P01' });
    } finally {
      await pool.end();
    }
  });
});

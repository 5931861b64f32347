import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminOf,
  countAudit,
  createKeyAs,
  expectProblem,
  keyCaller,
  userCaller,
  type Caller,
} from '../support/api-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Issue 7 §3: the reports filed against an incident's clocks, over HTTP on the real stack.

let t: TestContext;
let T: TestTenant;
let officer: Caller;
let auditor: Caller;
let admin: Caller;
let writer: Caller;
let reader: Caller;

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const base = () => `/api/v1/tenants/${T.slug}/incidents`;

// A breach of sensitive data: preliminary, final and data-subject clocks run from awareAt.
const breachBody = (
  awareDaysAgo = 1,
  personalData: Record<string, unknown> = { affectedCount: 2, sensitive: true },
) => ({
  title: 'Support bot quoted another customer’s address',
  description: 'A retrieval index mixed two customers’ records.',
  severity: 'high',
  categories: ['personal_data_breach'],
  detectedAt: ago(awareDaysAgo),
  awareAt: ago(awareDaysAgo),
  personalData,
});

const createBreach = async (awareDaysAgo = 1, personalData?: Record<string, unknown>) => {
  const res = await officer.call('post', base(), { body: breachBody(awareDaysAgo, personalData) });
  expect(res.status, res.text).toBe(201);
  return res.body as {
    id: string;
    version: number;
    awareAt: string;
    regulatoryClocks: { kind: string; dueAt: string }[];
  };
};

const file = (caller: Caller, id: string, body: unknown, headers: Record<string, string> = {}) =>
  caller.call('post', `${base()}/${id}/filings`, { body, headers });

const countFilings = async () =>
  (await t.ownerPool.query<{ n: number }>(`select count(*)::int as n from ${T.schemaName}.incident_filings`)).rows[0]!
    .n;

const auditOf = async (targetId: string, action: string) =>
  (
    await t.ownerPool.query<{ data: Record<string, unknown> }>(
      `select data from ${T.schemaName}.audit_events where target_id = $1 and action = $2 order by seq`,
      [targetId, action],
    )
  ).rows.map((r) => r.data);

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('fil');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
  auditor = await userCaller(t.app, T.users.auditor.email, 'auditor');
  admin = await adminOf(t.app, T);
  writer = keyCaller(t.app, (await createKeyAs(admin, T, ['incidents:write'])).secret, 'incidents:write key');
  reader = keyCaller(t.app, (await createKeyAs(admin, T, ['incidents:read'])).secret, 'incidents:read key');
});
afterAll(() => t?.close());

describe('filing a report', () => {
  it('when an officer files the preliminary report, then 201 with the filing, the clock is filed, the timeline and the audit say so', async () => {
    const inc = await createBreach();
    const filedAt = new Date(Date.now() - 60_000).toISOString();
    const res = await file(officer, inc.id, {
      clockKind: 'appi_preliminary',
      filedAt,
      channel: 'ppc_online_form',
      reference: 'PPC-2026-000123',
      note: 'Filed through the PPC form',
      documentUrl: 'https://files.example.com/ppc/preliminary.pdf',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      incidentId: inc.id,
      clockKind: 'appi_preliminary',
      ruleId: expect.any(String),
      filedAt,
      filedBy: T.users.governance_officer.id,
      channel: 'ppc_online_form',
      reference: 'PPC-2026-000123',
      note: 'Filed through the PPC form',
      documentUrl: 'https://files.example.com/ppc/preliminary.pdf',
    });

    const read = await officer.call('get', `${base()}/${inc.id}`);
    expect(read.body.version).toBe(inc.version + 1);
    const prelim = read.body.regulatoryClocks.find((c: { kind: string }) => c.kind === 'appi_preliminary');
    expect(prelim).toMatchObject({ status: 'filed', filedAt, filingId: res.body.id });
    const final = read.body.regulatoryClocks.find((c: { kind: string }) => c.kind === 'appi_final');
    expect(final).toMatchObject({ status: 'open', filedAt: null, filingId: null });
    const entry = read.body.timeline.at(-1);
    expect(entry).toMatchObject({
      kind: 'report_filed',
      clockChanges: [{ kind: 'appi_preliminary', change: 'stopped' }],
    });
    expect(entry.note).toContain('PPC-2026-000123');

    const audit = await auditOf(inc.id, 'incident.report.filed');
    expect(audit).toEqual([
      expect.objectContaining({
        incidentId: inc.id,
        filingId: res.body.id,
        clockKind: 'appi_preliminary',
        dueAt: prelim.dueAt,
        filedAt,
        channel: 'ppc_online_form',
        late: false,
      }),
    ]);
    expect(JSON.stringify(audit)).not.toContain('Filed through the PPC form');

    const list = await reader.call('get', `${base()}/${inc.id}/filings`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([res.body]);
  });

  it('when the same clock is filed twice, then 409 CONFLICT and still one filing and one audit event', async () => {
    const inc = await createBreach();
    expect((await file(officer, inc.id, { clockKind: 'appi_final', channel: 'post' })).status).toBe(201);
    const before = await countFilings();
    expectProblem(await file(officer, inc.id, { clockKind: 'appi_final', channel: 'email' }), 409, 'CONFLICT');
    expect(await countFilings()).toBe(before);
    expect(await auditOf(inc.id, 'incident.report.filed')).toHaveLength(1);
  });

  it('when two filings for one clock race, then exactly one is stored and the other is refused', async () => {
    const inc = await createBreach();
    const results = await Promise.all(
      [1, 2, 3].map(() => file(officer, inc.id, { clockKind: 'appi_preliminary', channel: 'email' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const list = await officer.call('get', `${base()}/${inc.id}/filings`);
    expect(list.body.items).toHaveLength(1);
  });

  it('when an integrator files with an Idempotency-Key, then a retry replays the same filing and writes nothing', async () => {
    const inc = await createBreach();
    const headers = { 'Idempotency-Key': `filing-${randomUUID()}` };
    const body = { clockKind: 'appi_preliminary', channel: 'email', reference: 'R-1' };
    const first = await file(writer, inc.id, body, headers);
    expect(first.status, first.text).toBe(201);
    expect(first.body.filedBy).toMatch(/^key:/);
    const audit = await countAudit(t.ownerPool, T);
    const again = await file(writer, inc.id, body, headers);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await countAudit(t.ownerPool, T)).toBe(audit);
  });

  it('when the clock kind is one the incident does not run, then 400 naming clockKind and nothing written', async () => {
    // Controller's breach: no processor notice runs.
    const inc = await createBreach();
    const before = await countFilings();
    const res = await file(officer, inc.id, { clockKind: 'appi_controller_notice', channel: 'email' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([
      { path: 'body.clockKind', message: expect.stringMatching(/start no appi_controller_notice clock/) },
    ]);
    // An incident without personal data runs no clock at all.
    const plain = await officer.call('post', base(), {
      body: { ...breachBody(), categories: ['safety'], personalData: undefined },
    });
    expect(plain.status, plain.text).toBe(201);
    const none = await file(officer, plain.body.id, { clockKind: 'appi_preliminary', channel: 'email' });
    expectProblem(none, 400, 'VALIDATION_FAILED');
    expect(none.body.errors[0]).toMatchObject({ path: 'body.clockKind', message: expect.stringContaining('none') });
    expect(await countFilings()).toBe(before);
  });

  it('when filedAt is in the future or before awareAt, or fields break the schema, then 400 names each field and nothing is written', async () => {
    const inc = await createBreach(2);
    const before = await countFilings();
    const future = await file(officer, inc.id, {
      clockKind: 'appi_preliminary',
      channel: 'email',
      filedAt: new Date(Date.now() + DAY).toISOString(),
    });
    expectProblem(future, 400, 'VALIDATION_FAILED');
    expect(future.body.errors).toEqual([{ path: 'body.filedAt', message: 'must not be in the future' }]);
    const early = await file(officer, inc.id, { clockKind: 'appi_preliminary', channel: 'email', filedAt: ago(3) });
    expectProblem(early, 400, 'VALIDATION_FAILED');
    expect(early.body.errors[0].path).toBe('body.filedAt');
    const bad = await file(officer, inc.id, {
      clockKind: 'appi_everything',
      channel: 'carrier_pigeon',
      documentUrl: 'http://files.example.com/report.pdf',
      surprise: 1,
    });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    const paths = (bad.body.errors as { path: string }[]).map((e) => e.path);
    for (const field of ['clockKind', 'channel', 'documentUrl']) expect(paths).toContain(`body.${field}`);
    expect(await countFilings()).toBe(before);
  });

  it('when a reader key or an auditor files, then 403; an unknown incident is 404; nothing is written', async () => {
    const inc = await createBreach();
    const before = await countFilings();
    for (const caller of [reader, auditor])
      expectProblem(await file(caller, inc.id, { clockKind: 'appi_preliminary', channel: 'email' }), 403, 'FORBIDDEN');
    expectProblem(
      await file(officer, randomUUID(), { clockKind: 'appi_preliminary', channel: 'email' }),
      404,
      'NOT_FOUND',
    );
    expect(await countFilings()).toBe(before);
    expect((await auditor.call('get', `${base()}/${inc.id}/filings`)).status).toBe(200);
  });

  it('when an overdue clock is filed late, then it is filed, not overdue, and the overdue filter leaves the incident out once nothing else is due', async () => {
    // Aware 10 days ago: the preliminary target (3 days) has passed; the final report (30 days) has not.
    const inc = await createBreach(10);
    const before = await officer.call('get', `${base()}?overdue=true&limit=200`);
    expect(before.body.items.map((i: { id: string }) => i.id)).toContain(inc.id);
    expect((await file(officer, inc.id, { clockKind: 'appi_preliminary', channel: 'email' })).status).toBe(201);
    const read = await officer.call('get', `${base()}/${inc.id}`);
    const statuses = Object.fromEntries(
      read.body.regulatoryClocks.map((c: { kind: string; status: string }) => [c.kind, c.status]),
    );
    expect(statuses.appi_preliminary).toBe('filed');
    expect(Object.values(statuses)).not.toContain('overdue');
    const after = await officer.call('get', `${base()}?overdue=true&limit=200`);
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(inc.id);
    expect((await auditOf(inc.id, 'incident.report.filed'))[0]).toMatchObject({ late: true });
  });

  it('when an incident is patched, then incident.updated records the changed field names, not their free text', async () => {
    const inc = await createBreach();
    const res = await officer.call('patch', `${base()}/${inc.id}`, {
      body: { description: 'secret detail of the breach', personalData: { affectedCount: 5000 } },
      headers: { 'If-Match': `"v${inc.version}"` },
    });
    expect(res.status, res.text).toBe(200);
    const [data] = await auditOf(inc.id, 'incident.updated');
    expect(data).toMatchObject({ incidentId: inc.id, fields: expect.arrayContaining(['description', 'personalData']) });
    expect(JSON.stringify(data)).not.toContain('secret detail');
  });
});

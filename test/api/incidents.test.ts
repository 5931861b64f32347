import { randomUUID } from 'node:crypto';
import type { TAiSystem } from '@kizuna/contracts';
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

// Issue 7 §1: the incident register over HTTP, on the real stack.

let t: TestContext;
let T: TestTenant;
let other: TestTenant;
let officer: Caller;
let owner: Caller;
let auditor: Caller;
let executive: Caller;
let admin: Caller;
let writer: Caller;
let reader: Caller;
let ownersSystem: TAiSystem;
let officersSystem: TAiSystem;
let otherTenantSystem: TAiSystem;

const DAY = 86_400_000;
const ago = (days: number, hours = 0) => new Date(Date.now() - days * DAY - hours * 3_600_000).toISOString();
const base = () => `/api/v1/tenants/${T.slug}/incidents`;

const incidentBody = (extra: Record<string, unknown> = {}) => ({
  title: 'Recommendation model exposed order history',
  description: 'A caching bug showed one customer another customer’s orders.',
  severity: 'high',
  categories: ['security'],
  detectedAt: ago(1),
  awareAt: ago(1),
  ...extra,
});
const breach = (personalData: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  incidentBody({ categories: ['personal_data_breach', 'security'], personalData, ...extra });

const countIncidents = async (tenant: TestTenant = T) =>
  (await t.ownerPool.query<{ n: number }>(`select count(*)::int as n from ${tenant.schemaName}.incidents`)).rows[0]!.n;

const auditActions = async (targetId: string) =>
  (
    await t.ownerPool.query<{ action: string }>(
      `select action from ${T.schemaName}.audit_events where target_id = $1 order by seq`,
      [targetId],
    )
  ).rows.map((r) => r.action);

const create = async (caller: Caller, body: unknown, headers: Record<string, string> = {}) =>
  caller.call('post', base(), { body, headers });

const createOk = async (caller: Caller, body: unknown) => {
  const res = await create(caller, body);
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; version: number; [k: string]: unknown };
};

const patch = (caller: Caller, id: string, version: number, body: unknown) =>
  caller.call('patch', `${base()}/${id}`, { body, headers: { 'If-Match': `"v${version}"` } });

beforeAll(async () => {
  // The register alone: its audit counts must not see the reminders and escalations of incident workflows.
  t = await createTestContext({ incidentResponse: false });
  T = await t.provision('inc');
  other = await t.provision('incx');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
  owner = await userCaller(t.app, T.users.system_owner.email, 'owner');
  auditor = await userCaller(t.app, T.users.auditor.email, 'auditor');
  executive = await userCaller(t.app, T.users.executive.email, 'executive');
  admin = await adminOf(t.app, T);
  writer = keyCaller(t.app, (await createKeyAs(admin, T, ['incidents:write'])).secret, 'incidents:write key');
  reader = keyCaller(t.app, (await createKeyAs(admin, T, ['incidents:read'])).secret, 'incidents:read key');
  ownersSystem = await t.createSystemAs(T, 'governance_officer', 'Owner’s chatbot', {
    ownerId: T.users.system_owner.id,
  });
  officersSystem = await t.createSystemAs(T, 'governance_officer', 'Officer’s scorer');
  otherTenantSystem = await t.createSystemAs(other, 'governance_officer', 'Another tenant’s system');
});
afterAll(() => t?.close());

describe('creating and reading incidents', () => {
  it('when an officer records an incident, then 201 with ETag, Location, the facts, no clocks, a timeline and an audit event', async () => {
    const res = await create(officer, incidentBody({ systemIds: [officersSystem.id], reporter: 'SOC on-call' }));
    expect(res.status, res.text).toBe(201);
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers.location).toBe(`${base()}/${res.body.id}`);
    expect(res.body).toMatchObject({
      title: 'Recommendation model exposed order history',
      severity: 'high',
      categories: ['security'],
      systemIds: [officersSystem.id],
      status: 'open',
      reporter: 'SOC on-call',
      occurredAt: null,
      containment: null,
      rootCause: null,
      correctiveActions: [],
      personalData: null,
      reportability: { ruleId: 'appi:art26', reportable: false, basis: [], exemption: null },
      regulatoryClocks: [],
      createdBy: T.users.governance_officer.id,
      version: 1,
    });
    expect(res.body.timeline).toEqual([
      expect.objectContaining({ seq: 1, kind: 'created', note: 'Incident recorded; no regulatory clock runs' }),
    ]);
    expect(await auditActions(res.body.id)).toEqual(['incident.created']);
    const got = await auditor.call('get', `${base()}/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"v1"');
    expect(got.body).toEqual(res.body);
  });

  it('when a breach of 1,500 people is recorded, then it is reportable and the APPI clocks run from awareAt, Tokyo dates', async () => {
    const awareAt = '2026-01-06T01:30:00.000Z'; // 10:30 in Tokyo
    const body = breach(
      { affectedCount: 1500, affectedCountEstimated: true },
      { occurredAt: '2026-01-05T00:00:00.000Z', detectedAt: awareAt, awareAt },
    );
    const created = await createOk(officer, body);
    expect(created.personalData).toEqual({
      affectedCount: 1500,
      affectedCountEstimated: true,
      sensitive: false,
      financialLossRisk: false,
      wrongfulPurpose: false,
      highlyEncrypted: false,
      processorFor: null,
    });
    expect(created.reportability).toEqual({
      ruleId: 'appi:art26',
      reportable: true,
      basis: ['over_1000_people'],
      exemption: null,
    });
    const clocks = created.regulatoryClocks as {
      kind: string;
      ruleId: string;
      dueAt: string;
      dueDate: string;
      status: string;
      basis: { triggers: string[] };
    }[];
    expect(clocks.map((c) => [c.kind, c.ruleId, c.dueAt, c.dueDate, c.status])).toEqual([
      ['appi_preliminary', 'appi:art26/preliminary', '2026-01-09T23:59:59.999+09:00', '2026-01-09', 'overdue'],
      ['appi_final', 'appi:art26/final', '2026-02-05T23:59:59.999+09:00', '2026-02-05', 'overdue'],
      ['appi_data_subject_notice', 'appi:art26/data-subjects', null, null, 'open'],
    ]);
    expect(clocks[0]!.basis.triggers).toEqual(['over_1000_people']);
    const timeline = created.timeline as { note: string; clockChanges: unknown[] }[];
    expect(timeline[0]!.note).toContain('reportable under appi:art26 (over_1000_people)');
    expect(timeline[0]!.clockChanges).toHaveLength(3);
  });

  it('when an integrator posts with incidents:write and an Idempotency-Key, then a retry replays the same incident and a changed body is refused', async () => {
    const before = await countIncidents();
    const body = breach({ affectedCount: 3, sensitive: true }, { reporter: 'monitoring: dlp-scanner' });
    const headers = { 'Idempotency-Key': `dlp-${randomUUID()}` };
    const first = await create(writer, body, headers);
    expect(first.status, first.text).toBe(201);
    expect(first.body.createdBy).toMatch(/^key:/);
    expect(first.body.reportability.basis).toEqual(['sensitive_data']);
    const again = await create(writer, body, headers);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const changed = await create(writer, { ...body, title: 'Something else' }, headers);
    expectProblem(changed, 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await countIncidents()).toBe(before + 1);
    const read = await reader.call('get', `${base()}/${first.body.id}`);
    expect(read.status).toBe(200);
  });

  it('when an incidents:read key, an executive or an auditor tries to record one, then 403 and nothing is written', async () => {
    const before = await countIncidents();
    const audit = await countAudit(t.ownerPool, T);
    for (const caller of [reader, executive, auditor])
      expectProblem(await create(caller, incidentBody()), 403, 'FORBIDDEN');
    expect(await countIncidents()).toBe(before);
    expect(await countAudit(t.ownerPool, T)).toBe(audit);
  });

  it('when fields break the schema, then one 400 names each field and nothing is written', async () => {
    const before = await countIncidents();
    const res = await create(officer, {
      ...incidentBody(),
      title: '',
      severity: 'catastrophic',
      categories: ['nonsense'],
      awareAt: 'yesterday',
      personalData: { affectedCount: -1, surprise: true },
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path);
    for (const path of [
      'body.title',
      'body.severity',
      'body.categories.0',
      'body.awareAt',
      'body.personalData.affectedCount',
      'body.personalData',
    ])
      expect(paths).toContain(path);
    expect(await countIncidents()).toBe(before);
  });

  it('when the facts contradict each other, then 400 names each field: times out of order or ahead, a breach without personal data', async () => {
    const before = await countIncidents();
    const res = await create(
      officer,
      incidentBody({
        categories: ['personal_data_breach'],
        occurredAt: ago(1),
        detectedAt: ago(2),
        awareAt: ago(3),
      }),
    );
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'body.detectedAt', message: 'must not be before occurredAt' },
        { path: 'body.awareAt', message: 'must not be before occurredAt' },
        { path: 'body.awareAt', message: 'must not be before detectedAt' },
        expect.objectContaining({ path: 'body.personalData' }),
      ]),
    );
    const future = await create(officer, incidentBody({ detectedAt: ago(-2), awareAt: ago(-2) }));
    expectProblem(future, 400, 'VALIDATION_FAILED');
    expect(future.body.errors).toEqual(
      expect.arrayContaining([{ path: 'body.awareAt', message: 'must not be in the future' }]),
    );
    const stray = await create(officer, incidentBody({ personalData: { affectedCount: 2 } }));
    expectProblem(stray, 400, 'VALIDATION_FAILED');
    expect(stray.body.errors[0].path).toBe('body.personalData');
    expect(await countIncidents()).toBe(before);
  });

  it('when systemIds name an unknown system or one of another tenant, then 400 names the position and nothing is written', async () => {
    const before = await countIncidents();
    const res = await create(
      officer,
      incidentBody({ systemIds: [officersSystem.id, randomUUID(), otherTenantSystem.id] }),
    );
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body.errors as { path: string }[]).map((e) => e.path)).toEqual([
      'body.systemIds.1',
      'body.systemIds.2',
    ]);
    expect(res.text).not.toContain(other.slug);
    expect(await countIncidents()).toBe(before);
    expect(await countIncidents(other)).toBe(0);
  });

  it('when an unknown incident id is read, then 404', async () => {
    expectProblem(await officer.call('get', `${base()}/${randomUUID()}`), 404, 'NOT_FOUND');
  });
});

describe('system owners', () => {
  it('when an owner records an incident of a system they own (among others), then 201; of none of theirs, 403 and nothing written', async () => {
    const mine = await create(owner, incidentBody({ systemIds: [officersSystem.id, ownersSystem.id] }));
    expect(mine.status, mine.text).toBe(201);
    const before = await countIncidents();
    expectProblem(await create(owner, incidentBody({ systemIds: [officersSystem.id] })), 403, 'FORBIDDEN');
    expectProblem(await create(owner, incidentBody()), 403, 'FORBIDDEN');
    expect(await countIncidents()).toBe(before);
  });

  it('when an owner lists and reads, then only incidents linked to a system they own appear (filtered in SQL), others answer 404', async () => {
    const theirs = await createOk(officer, incidentBody({ systemIds: [ownersSystem.id, officersSystem.id] }));
    const notTheirs = await createOk(officer, incidentBody({ systemIds: [officersSystem.id] }));
    const list = await owner.call('get', `${base()}?limit=200`);
    expect(list.status).toBe(200);
    const ids = (list.body.items as { id: string; systemIds: string[] }[]).map((i) => i.id);
    expect(ids).toContain(theirs.id);
    expect(ids).not.toContain(notTheirs.id);
    for (const item of list.body.items as { systemIds: string[] }[]) expect(item.systemIds).toContain(ownersSystem.id);
    expect((await owner.call('get', `${base()}/${theirs.id}`)).status).toBe(200);
    expectProblem(await owner.call('get', `${base()}/${notTheirs.id}`), 404, 'NOT_FOUND');
    // Owners record incidents; changing them is the officers' job.
    expectProblem(await patch(owner, theirs.id, 1, { severity: 'low' }), 403, 'FORBIDDEN');
    expectProblem(await patch(owner, notTheirs.id, 1, { severity: 'low' }), 404, 'NOT_FOUND');
  });
});

describe('listing', () => {
  it('when the list is filtered by status, severity, system and overdue, then each filter holds and paging visits every row once', async () => {
    const sys = await t.createSystemAs(T, 'governance_officer', 'Filter target');
    const late = await createOk(
      officer,
      breach({ sensitive: true }, { severity: 'critical', systemIds: [sys.id], detectedAt: ago(40), awareAt: ago(40) }),
    );
    const fresh = await createOk(
      officer,
      breach({ sensitive: true }, { severity: 'low', systemIds: [sys.id], detectedAt: ago(0, 1), awareAt: ago(0, 1) }),
    );
    const quiet = await createOk(officer, incidentBody({ severity: 'low', systemIds: [sys.id] }));
    const contained = await patch(officer, quiet.id, 1, { status: 'contained', containment: 'Feature flag off' });
    expect(contained.status, contained.text).toBe(200);
    const idsOf = async (query: string) => {
      const res = await auditor.call('get', `${base()}?limit=200&systemId=${sys.id}${query}`);
      expect(res.status, res.text).toBe(200);
      return (res.body.items as { id: string }[]).map((i) => i.id);
    };
    expect(await idsOf('')).toEqual([quiet.id, fresh.id, late.id]);
    expect(await idsOf('&overdue=true')).toEqual([late.id]);
    expect(await idsOf('&overdue=false')).toEqual([quiet.id, fresh.id]);
    expect(await idsOf('&severity=critical')).toEqual([late.id]);
    expect(await idsOf('&status=contained')).toEqual([quiet.id]);
    expect(await idsOf('&status=open&severity=low')).toEqual([fresh.id]);
    const listed = await auditor.call('get', `${base()}?limit=200&systemId=${sys.id}&overdue=true`);
    const clocks = listed.body.items[0].regulatoryClocks as { kind: string; status: string }[];
    expect(clocks.find((c) => c.kind === 'appi_final')!.status).toBe('overdue');
    expect(listed.body.items[0]).not.toHaveProperty('timeline');

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await officer.call(
        'get',
        `${base()}?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([late.id, fresh.id, quiet.id]));
    expect(seen.length).toBe(await countIncidents());
  });

  it('when a filter value is not one of the enum, then 400 names the query field', async () => {
    const res = await officer.call('get', `${base()}?status=burning&overdue=maybe`);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body.errors as { path: string }[]).map((e) => e.path)).toEqual(['query.status', 'query.overdue']);
  });

  it('when a caller has no incident grant at all, then the list is refused', async () => {
    const key = keyCaller(t.app, (await createKeyAs(admin, T, ['ai-systems:read'])).secret, 'ai-systems:read');
    expectProblem(await key.call('get', base()), 403, 'FORBIDDEN');
  });
});

describe('changing an incident', () => {
  it('when PATCH lacks If-Match, then 428; with a stale one, 412; nothing changes', async () => {
    const inc = await createOk(officer, incidentBody());
    const none = await officer.call('patch', `${base()}/${inc.id}`, { body: { severity: 'low' } });
    expectProblem(none, 428, 'PRECONDITION_REQUIRED');
    expect((await patch(officer, inc.id, 1, { severity: 'medium' })).status).toBe(200);
    expectProblem(await patch(officer, inc.id, 1, { severity: 'low' }), 412, 'PRECONDITION_FAILED');
    const now = await officer.call('get', `${base()}/${inc.id}`);
    expect(now.body).toMatchObject({ severity: 'medium', version: 2 });
    expect(now.headers.etag).toBe('"v2"');
    expect(await auditActions(inc.id)).toEqual(['incident.created', 'incident.updated']);
  });

  it('when the count grows past 1,000 and then a wrongful purpose is found, then the clocks start, then the 60-day final replaces the 30-day one, each explained in the timeline', async () => {
    const awareAt = ago(2);
    const inc = await createOk(officer, breach({ affectedCount: 800 }, { detectedAt: awareAt, awareAt }));
    expect(inc.regulatoryClocks).toEqual([]);
    const grown = await patch(officer, inc.id, 1, {
      personalData: { affectedCount: 1200 },
      reason: 'Log analysis found more accounts',
    });
    expect(grown.status, grown.text).toBe(200);
    expect(grown.headers.etag).toBe('"v2"');
    expect(grown.body.personalData.affectedCount).toBe(1200);
    expect(grown.body.reportability.basis).toEqual(['over_1000_people']);
    expect(grown.body.regulatoryClocks.map((c: { ruleId: string }) => c.ruleId)).toEqual([
      'appi:art26/preliminary',
      'appi:art26/final',
      'appi:art26/data-subjects',
    ]);
    const entry = grown.body.timeline.at(-1);
    expect(entry).toMatchObject({ kind: 'facts_changed', reason: 'Log analysis found more accounts' });
    expect(entry.note).toContain('now reportable under appi:art26 (over_1000_people)');
    expect(entry.changes).toEqual([
      {
        field: 'personalData',
        from: expect.objectContaining({ affectedCount: 800 }),
        to: expect.objectContaining({ affectedCount: 1200 }),
      },
    ]);
    expect(entry.clockChanges.map((c: { change: string }) => c.change)).toEqual(['started', 'started', 'started']);

    const wrongful = await patch(officer, inc.id, 2, { personalData: { wrongfulPurpose: true } });
    expect(wrongful.status, wrongful.text).toBe(200);
    const finals = wrongful.body.regulatoryClocks.filter((c: { kind: string }) => c.kind === 'appi_final');
    expect(finals.map((c: { ruleId: string }) => c.ruleId)).toEqual(['appi:art26/final-wrongful-purpose']);
    const last = wrongful.body.timeline.at(-1);
    expect(last.clockChanges.map((c: { change: string; ruleId: string }) => `${c.change} ${c.ruleId}`)).toEqual([
      'started appi:art26/final-wrongful-purpose',
      'stopped appi:art26/final',
    ]);
    expect(last.note).toContain('wrongful_purpose');
    const moved = await patch(officer, inc.id, 3, { awareAt: ago(1), reason: 'Awareness was later than first logged' });
    expect(moved.status, moved.text).toBe(200);
    const movedEntry = moved.body.timeline.at(-1);
    expect(movedEntry.note).toContain('awareAt moved');
    expect(movedEntry.clockChanges.every((c: { change: string }) => c.change === 'moved')).toBe(true);
    expect(await auditActions(inc.id)).toEqual([
      'incident.created',
      'incident.updated',
      'incident.updated',
      'incident.updated',
    ]);
  });

  it('when an incident walks open → contained → resolved → closed and is reopened, then each step is accepted, recorded and audited; refused steps answer 409 with the reason', async () => {
    const inc = await createOk(
      officer,
      incidentBody({
        correctiveActions: [{ description: 'Add a cache key per customer', owner: 'Sato', dueDate: '2027-01-31' }],
      }),
    );
    const step = async (version: number, body: object, status = 200) => {
      const res = await patch(officer, inc.id, version, body);
      expect(res.status, res.text).toBe(status);
      return res;
    };
    const skip = await step(1, { status: 'resolved', rootCause: 'Cache key' }, 409);
    expectProblem(skip, 409, 'CONFLICT');
    expect(skip.body.detail).toBe('An incident that is open can move to contained, not to resolved');
    const noContainment = await step(1, { status: 'contained' }, 409);
    expect(noContainment.body.detail).toContain('containment');
    await step(1, {
      status: 'contained',
      containment: 'Cache disabled',
      timelineEntries: [{ note: 'Called the vendor' }],
    });
    await step(2, { status: 'resolved' }, 409);
    await step(2, { status: 'resolved', rootCause: 'Cache key lacked the customer id' });
    const unfinished = await step(3, { status: 'closed' }, 409);
    expect(unfinished.body.detail).toContain('still open: Add a cache key per customer');
    const closed = await step(3, {
      status: 'closed',
      correctiveActions: [
        { description: 'Add a cache key per customer', owner: 'Sato', dueDate: '2027-01-31', done: true },
      ],
    });
    expect(closed.body.status).toBe('closed');
    await step(4, { status: 'resolved' }, 409);
    const reopened = await step(4, { status: 'open', reason: 'Same leak seen again' });
    expect(reopened.body).toMatchObject({ status: 'open', version: 5 });
    const statusEntries = (reopened.body.timeline as { kind: string; note: string; reason: string | null }[]).filter(
      (e) => e.kind === 'status_changed',
    );
    expect(statusEntries.map((e) => e.note)).toEqual([
      'Status open → contained',
      'Status contained → resolved',
      'Status resolved → closed',
      'Status closed → open',
    ]);
    expect(statusEntries.at(-1)!.reason).toBe('Same leak seen again');
    expect(
      reopened.body.timeline.some(
        (e: { kind: string; note: string }) => e.kind === 'note' && e.note === 'Called the vendor',
      ),
    ).toBe(true);
    expect(await auditActions(inc.id)).toEqual([
      'incident.created',
      'incident.status_changed',
      'incident.status_changed',
      'incident.status_changed',
      'incident.status_changed',
    ]);
  });

  it('when a patch is invalid (bad fields, facts out of order, unknown system), then 400 names the fields and the incident is unchanged', async () => {
    const inc = await createOk(officer, incidentBody());
    const schema = await patch(officer, inc.id, 1, { severity: 'huge', status: 'done', surprise: 1 });
    expectProblem(schema, 400, 'VALIDATION_FAILED');
    expect((schema.body.errors as { path: string }[]).map((e) => e.path)).toEqual(
      expect.arrayContaining(['body.severity', 'body.status']),
    );
    const order = await patch(officer, inc.id, 1, { awareAt: ago(5) });
    expectProblem(order, 400, 'VALIDATION_FAILED');
    expect(order.body.errors).toEqual([{ path: 'body.awareAt', message: 'must not be before detectedAt' }]);
    const unknown = await patch(officer, inc.id, 1, { systemIds: [randomUUID()] });
    expectProblem(unknown, 400, 'VALIDATION_FAILED');
    expect(unknown.body.errors[0].path).toBe('body.systemIds.0');
    expectProblem(await patch(officer, inc.id, 1, {}), 400, 'VALIDATION_FAILED');
    const now = await officer.call('get', `${base()}/${inc.id}`);
    expect(now.body).toMatchObject({ version: 1, severity: 'high', awareAt: inc.awareAt, systemIds: [] });
    expect(await auditActions(inc.id)).toEqual(['incident.created']);
  });

  it('when an integrator key with incidents:write links systems and an auditor or incidents:read key tries to patch, then the key succeeds and the others get 403', async () => {
    const inc = await createOk(writer, incidentBody());
    const linked = await patch(writer, inc.id, 1, { systemIds: [officersSystem.id, ownersSystem.id] });
    expect(linked.status, linked.text).toBe(200);
    expect([...linked.body.systemIds].sort()).toEqual([officersSystem.id, ownersSystem.id].sort());
    expect(linked.body.timeline.at(-1)).toMatchObject({ kind: 'updated', note: 'Changed systemIds' });
    for (const caller of [auditor, reader, executive])
      expectProblem(await patch(caller, inc.id, 2, { severity: 'low' }), 403, 'FORBIDDEN');
    const admins = await patch(admin, inc.id, 2, { severity: 'critical' });
    expect(admins.status, admins.text).toBe(200);
    // Now linked to the owner's system, the owner sees it.
    expect((await owner.call('get', `${base()}/${inc.id}`)).status).toBe(200);
  });
});

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

// Issue 7 §5: the register of requests from government offices and regulators, over HTTP on the real stack.

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
let otherTenantIncident: string;
let incidentId: string;

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const base = () => `/api/v1/tenants/${T.slug}/regulator-requests`;

const requestBody = (extra: Record<string, unknown> = {}) => ({
  authority: 'ai_strategy_hq',
  kind: 'information_request',
  legalBasis: 'AI Promotion Act Art. 16',
  reference: `CAO-${randomUUID().slice(0, 6)}`,
  receivedAt: at(-2),
  responseDueAt: at(20),
  summary: 'Asks how the chatbot handles complaints about wrong answers.',
  ...extra,
});
const RESPONSE = () => ({ sentAt: at(0), summary: 'Sent the complaint-handling procedure.', channel: 'e-mail' });

const countRequests = async (tenant: TestTenant = T) =>
  (await t.ownerPool.query<{ n: number }>(`select count(*)::int as n from ${tenant.schemaName}.regulator_requests`))
    .rows[0]!.n;
const auditActions = async (targetId: string) =>
  (
    await t.ownerPool.query<{ action: string }>(
      `select action from ${T.schemaName}.audit_events where target_id = $1 order by seq`,
      [targetId],
    )
  ).rows.map((r) => r.action);

const create = (caller: Caller, body: unknown, headers: Record<string, string> = {}) =>
  caller.call('post', base(), { body, headers });
const createOk = async (caller: Caller, body: unknown) => {
  const res = await create(caller, body);
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; version: number; [k: string]: unknown };
};
const patch = (caller: Caller, id: string, version: number, body: unknown) =>
  caller.call('patch', `${base()}/${id}`, { body, headers: { 'If-Match': `"v${version}"` } });
const listIds = async (caller: Caller, query = '') => {
  const res = await caller.call('get', `${base()}?limit=200${query}`);
  expect(res.status, res.text).toBe(200);
  return (res.body.items as { id: string }[]).map((i) => i.id);
};

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('req');
  other = await t.provision('reqx');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
  owner = await userCaller(t.app, T.users.system_owner.email, 'owner');
  auditor = await userCaller(t.app, T.users.auditor.email, 'auditor');
  executive = await userCaller(t.app, T.users.executive.email, 'executive');
  admin = await adminOf(t.app, T);
  writer = keyCaller(t.app, (await createKeyAs(admin, T, ['regulator-requests:write'])).secret, 'write key');
  reader = keyCaller(t.app, (await createKeyAs(admin, T, ['regulator-requests:read'])).secret, 'read key');
  ownersSystem = await t.createSystemAs(T, 'governance_officer', 'Owner’s chatbot', {
    ownerId: T.users.system_owner.id,
  });
  officersSystem = await t.createSystemAs(T, 'governance_officer', 'Officer’s scorer');
  otherTenantSystem = await t.createSystemAs(other, 'governance_officer', 'Another tenant’s system');
  const incident = {
    title: 'Wrong answers',
    description: 'The chatbot gave wrong answers',
    severity: 'low',
    categories: ['other'],
    detectedAt: at(-3),
    awareAt: at(-3),
  };
  const mine = await officer.call('post', `/api/v1/tenants/${T.slug}/incidents`, { body: incident });
  expect(mine.status, mine.text).toBe(201);
  incidentId = mine.body.id;
  const otherOfficer = await userCaller(t.app, other.users.governance_officer.email, 'other officer');
  const theirs = await otherOfficer.call('post', `/api/v1/tenants/${other.slug}/incidents`, { body: incident });
  expect(theirs.status, theirs.text).toBe(201);
  otherTenantIncident = theirs.body.id;
});
afterAll(() => t?.close());

describe('recording and reading requests', () => {
  it('when an officer records a request, then 201 with ETag, Location, the facts, the Tokyo due date, a timeline and an audit event', async () => {
    const body = requestBody({
      systemIds: [officersSystem.id],
      incidentIds: [incidentId],
      ownerId: T.users.governance_officer.id,
      responseDueAt: '2031-03-31T15:00:00Z',
    });
    const res = await create(officer, body);
    expect(res.status, res.text).toBe(201);
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers.location).toBe(`${base()}/${res.body.id}`);
    expect(res.body).toMatchObject({
      authority: 'ai_strategy_hq',
      authorityName: null,
      kind: 'information_request',
      legalBasis: 'AI Promotion Act Art. 16',
      reference: body.reference,
      responseDueAt: '2031-03-31T15:00:00.000Z',
      // Midnight in Tokyo is the next calendar day there.
      responseDueDate: '2031-04-01',
      systemIds: [officersSystem.id],
      incidentIds: [incidentId],
      ownerId: T.users.governance_officer.id,
      status: 'received',
      response: null,
      overdue: false,
      version: 1,
      createdBy: T.users.governance_officer.id,
    });
    expect(res.body.timeline).toEqual([expect.objectContaining({ seq: 1, kind: 'created' })]);
    expect(await auditActions(res.body.id)).toEqual(['regulator_request.created']);
    const got = await auditor.call('get', `${base()}/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"v1"');
    expect(got.body).toEqual(res.body);
  });

  it('when an integrator posts with regulator-requests:write and an Idempotency-Key, then a retry replays the same request and a changed body is refused', async () => {
    const before = await countRequests();
    const body = requestBody({ authority: 'ppc', kind: 'report_request', legalBasis: 'APPI Art. 146' });
    const headers = { 'Idempotency-Key': `ppc-${randomUUID()}` };
    const first = await create(writer, body, headers);
    expect(first.status, first.text).toBe(201);
    expect(first.body.createdBy).toMatch(/^key:/);
    const again = await create(writer, body, headers);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expectProblem(await create(writer, { ...body, summary: 'Something else' }, headers), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await countRequests()).toBe(before + 1);
    expect((await reader.call('get', `${base()}/${first.body.id}`)).status).toBe(200);
  });

  it('when a read key, an auditor, a system owner or an executive tries to record one, then 403 and nothing is written', async () => {
    const before = await countRequests();
    const audit = await countAudit(t.ownerPool, T);
    for (const caller of [reader, auditor, owner, executive])
      expectProblem(await create(caller, requestBody()), 403, 'FORBIDDEN');
    expect(await countRequests()).toBe(before);
    expect(await countAudit(t.ownerPool, T)).toBe(audit);
  });

  it('when the body is malformed, then 400 names each bad field and nothing is written', async () => {
    const before = await countRequests();
    const res = await create(officer, {
      ...requestBody(),
      authority: 'cabinet',
      kind: 'order',
      receivedAt: 'yesterday',
      summary: '',
      systemIds: ['not-a-uuid'],
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.authority', 'body.kind', 'body.receivedAt', 'body.summary', 'body.systemIds.0']),
    );
    expect(await countRequests()).toBe(before);
  });

  it('when dates do not fit (received in the future, due before received) or an other authority is unnamed, then 400 names them', async () => {
    const before = await countRequests();
    const future = await create(officer, requestBody({ receivedAt: at(2), responseDueAt: at(1) }));
    expectProblem(future, 400, 'VALIDATION_FAILED');
    expect(future.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'body.receivedAt', message: 'must not be in the future' },
        { path: 'body.responseDueAt', message: 'must not be before receivedAt' },
      ]),
    );
    const unnamed = await create(officer, requestBody({ authority: 'other' }));
    expectProblem(unnamed, 400, 'VALIDATION_FAILED');
    expect(unnamed.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.authorityName']);
    const named = await create(officer, requestBody({ authority: 'other', authorityName: 'Tokyo Metropolitan Gov.' }));
    expect(named.status, named.text).toBe(201);
    expect(await countRequests()).toBe(before + 1);
  });

  it("when links name another tenant's system or incident, an unknown one, or an owner who is no member, then 400 names each and nothing is written", async () => {
    const before = await countRequests();
    const res = await create(
      officer,
      requestBody({
        systemIds: [officersSystem.id, otherTenantSystem.id, randomUUID()],
        incidentIds: [otherTenantIncident],
      }),
    );
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body.errors as { path: string }[]).map((e) => e.path)).toEqual([
      'body.systemIds.1',
      'body.systemIds.2',
      'body.incidentIds.0',
    ]);
    expect(res.text).not.toContain(other.slug);
    const stranger = await create(officer, requestBody({ ownerId: other.users.governance_officer.id }));
    expectProblem(stranger, 400, 'VALIDATION_FAILED');
    expect(stranger.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.ownerId']);
    expect(await countRequests()).toBe(before);
    expect(await countRequests(other)).toBe(0);
  });

  it('when an unknown id is read, then 404', async () => {
    expectProblem(await officer.call('get', `${base()}/${randomUUID()}`), 404, 'NOT_FOUND');
  });
});

describe('who reads what, and the filters', () => {
  it('when a system owner lists or reads, then only requests linked to a system of theirs appear; others answer 404', async () => {
    const theirs = await createOk(officer, requestBody({ systemIds: [ownersSystem.id] }));
    const notTheirs = await createOk(officer, requestBody({ systemIds: [officersSystem.id] }));
    const ids = await listIds(owner);
    expect(ids).toContain(theirs.id);
    expect(ids).not.toContain(notTheirs.id);
    expect((await owner.call('get', `${base()}/${theirs.id}`)).status).toBe(200);
    expectProblem(await owner.call('get', `${base()}/${notTheirs.id}`), 404, 'NOT_FOUND');
    expectProblem(await patch(owner, theirs.id, 1, { status: 'in_progress' }), 403, 'FORBIDDEN');
    expectProblem(await executive.call('get', base()), 403, 'FORBIDDEN');
    expect(await listIds(auditor)).toEqual(expect.arrayContaining([theirs.id, notTheirs.id]));
  });

  it('when the list is filtered by status, authority, system and overdue, then each filter holds', async () => {
    const late = await createOk(officer, requestBody({ authority: 'fsa', receivedAt: at(-10), responseDueAt: at(-1) }));
    const onTime = await createOk(officer, requestBody({ authority: 'pmda', systemIds: [officersSystem.id] }));
    const undated = await createOk(officer, requestBody({ authority: 'mlit', responseDueAt: null }));
    expect((await officer.call('get', `${base()}/${late.id}`)).body.overdue).toBe(true);
    const overdue = await listIds(officer, '&overdue=true');
    expect(overdue).toContain(late.id);
    expect(overdue).not.toContain(onTime.id);
    expect(overdue).not.toContain(undated.id);
    const notOverdue = await listIds(officer, '&overdue=false');
    expect(notOverdue).toEqual(expect.arrayContaining([onTime.id, undated.id]));
    expect(notOverdue).not.toContain(late.id);
    expect(await listIds(officer, '&authority=fsa')).toContain(late.id);
    expect(await listIds(officer, '&authority=fsa')).not.toContain(onTime.id);
    const bySystem = await listIds(officer, `&systemId=${officersSystem.id}`);
    expect(bySystem).toContain(onTime.id);
    expect(bySystem).not.toContain(late.id);
    // Answering it takes it off the overdue list.
    await patch(officer, late.id, 1, { status: 'responded', response: RESPONSE() });
    expect(await listIds(officer, '&overdue=true')).not.toContain(late.id);
    expect(await listIds(officer, '&status=responded')).toContain(late.id);
    expect(await listIds(officer, '&status=received')).not.toContain(late.id);
    expectProblem(await officer.call('get', `${base()}?overdue=maybe`), 400, 'VALIDATION_FAILED');
  });

  it('when pages are walked with the cursor, then every request appears once', async () => {
    const all = await listIds(officer);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await officer.call('get', `${base()}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });
});

describe('changing a request', () => {
  it('when PATCH lacks If-Match, then 428; with a stale one, 412; nothing changes', async () => {
    const r = await createOk(officer, requestBody());
    const none = await officer.call('patch', `${base()}/${r.id}`, { body: { summary: 'x' } });
    expectProblem(none, 428, 'PRECONDITION_REQUIRED');
    expectProblem(await patch(officer, r.id, 7, { summary: 'x' }), 412, 'PRECONDITION_FAILED');
    expect((await officer.call('get', `${base()}/${r.id}`)).body.version).toBe(1);
  });

  it('when the status moves received → in_progress → responded → closed and is reopened, then each step is audited and in the timeline', async () => {
    const r = await createOk(officer, requestBody());
    const started = await patch(officer, r.id, 1, { status: 'in_progress', reason: 'Legal is drafting' });
    expect(started.status, started.text).toBe(200);
    expect(started.headers.etag).toBe('"v2"');
    const answered = await patch(admin, r.id, 2, {
      status: 'responded',
      response: { ...RESPONSE(), reference: 'OUT-7' },
    });
    expect(answered.status, answered.text).toBe(200);
    expect(answered.body.response).toMatchObject({ channel: 'e-mail', reference: 'OUT-7' });
    const closed = await patch(writer, r.id, 3, { status: 'closed' });
    expect(closed.status, closed.text).toBe(200);
    const reopened = await patch(officer, r.id, 4, { status: 'in_progress', reason: 'Follow-up question' });
    expect(reopened.status, reopened.text).toBe(200);
    expect(reopened.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'status_changed',
      'responded',
      'status_changed',
      'status_changed',
    ]);
    expect(reopened.body.timeline[1].reason).toBe('Legal is drafting');
    expect(await auditActions(r.id)).toEqual([
      'regulator_request.created',
      'regulator_request.status_changed',
      'regulator_request.responded',
      'regulator_request.status_changed',
      'regulator_request.status_changed',
    ]);
  });

  it('when responded or closed is asked without a response, or a step is skipped, then 409 says why and nothing changes', async () => {
    const r = await createOk(officer, requestBody());
    const unanswered = await patch(officer, r.id, 1, { status: 'responded' });
    expectProblem(unanswered, 409, 'CONFLICT');
    expect(unanswered.body.detail ?? unanswered.body.title).toMatch(/response/);
    expectProblem(await patch(officer, r.id, 1, { status: 'closed', response: RESPONSE() }), 409, 'CONFLICT');
    const after = await officer.call('get', `${base()}/${r.id}`);
    expect(after.body).toMatchObject({ version: 1, status: 'received', response: null });
    expect(await auditActions(r.id)).toEqual(['regulator_request.created']);
  });

  it('when facts change, then one updated event records the fields; sending what is stored writes nothing', async () => {
    const r = await createOk(officer, requestBody());
    const due = at(30);
    const res = await patch(officer, r.id, 1, { responseDueAt: due, systemIds: [ownersSystem.id] });
    expect(res.status, res.text).toBe(200);
    expect(res.body.timeline.at(-1)).toMatchObject({ kind: 'updated', note: 'Changed responseDueAt, systemIds' });
    const same = await patch(officer, r.id, 2, { responseDueAt: due });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(2);
    expect(await auditActions(r.id)).toEqual(['regulator_request.created', 'regulator_request.updated']);
    // Relinked to the owner's system: the owner now reads it.
    expect((await owner.call('get', `${base()}/${r.id}`)).status).toBe(200);
    const badDue = await patch(officer, r.id, 2, { responseDueAt: at(-30) });
    expectProblem(badDue, 400, 'VALIDATION_FAILED');
    expect(badDue.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.responseDueAt']);
    const crossTenant = await patch(officer, r.id, 2, { systemIds: [otherTenantSystem.id] });
    expectProblem(crossTenant, 400, 'VALIDATION_FAILED');
    expect((await officer.call('get', `${base()}/${r.id}`)).body.systemIds).toEqual([ownersSystem.id]);
  });
});

describe('the system dossier', () => {
  it('when a request is linked to a system, then its dossier lists it with authority, kind, dates, status and the response sent', async () => {
    const r = await createOk(
      officer,
      requestBody({ authority: 'meti', kind: 'guidance', systemIds: [ownersSystem.id] }),
    );
    const response = RESPONSE();
    const answered = await patch(officer, r.id, 1, { status: 'responded', response });
    expect(answered.status, answered.text).toBe(200);
    const dossier = await officer.call('get', `/api/v1/tenants/${T.slug}/ai-systems/${ownersSystem.id}/dossier`);
    expect(dossier.status, dossier.text).toBe(200);
    expect(dossier.body.regulatorRequests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: r.id,
          authority: 'meti',
          kind: 'guidance',
          receivedAt: r.receivedAt,
          responseDueAt: r.responseDueAt,
          status: 'responded',
          responseSentAt: new Date(response.sentAt).toISOString(),
        }),
      ]),
    );
    const elsewhere = await officer.call('get', `/api/v1/tenants/${T.slug}/ai-systems/${officersSystem.id}/dossier`);
    expect(elsewhere.body.regulatorRequests.map((x: { id: string }) => x.id)).not.toContain(r.id);
  });
});

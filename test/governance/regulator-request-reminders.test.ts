import { setTimeout as sleep } from 'node:timers/promises';
import { sendRegulatorRequestAlert } from '@kizuna/domain';
import { alertKeyOf } from '@kizuna/domain/regulator-request-reminders';
import { regulatorRequestWorkflowId, sentAlertsQuery } from '@kizuna/workflows/regulator-request-definitions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, userCaller, type Caller } from '../support/api-helpers.js';
import { waitFor } from '../support/governance-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// The regulatorRequestReminders workflow on the real Temporal dev server, with one-second "days" and a single
// reminder one day before the due instant.

const DAY_MS = 1000;
let t: TestContext;
let T: TestTenant;
let officer: Caller;
let admin: Caller;
let ownerOfRequest: Caller;

const base = () => `/api/v1/tenants/${T.slug}/regulator-requests`;
const create = async (dueInMs: number) => {
  const res = await officer.call('post', base(), {
    body: {
      authority: 'ppc',
      kind: 'report_request',
      legalBasis: 'APPI Art. 146',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      responseDueAt: new Date(Date.now() + dueInMs).toISOString(),
      summary: 'Asks for a report on the handling of customer data in the chatbot logs.',
      ownerId: T.users.executive.id,
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; responseDueAt: string };
};
const auditActions = async (targetId: string) =>
  (
    await t.ownerPool.query<{ action: string }>(
      `select action from ${T.schemaName}.audit_events where target_id = $1 order by seq`,
      [targetId],
    )
  ).rows.map((r) => r.action);
const notices = async (caller: Caller, requestId: string, kind: string) => {
  const res = await caller.call('get', `/api/v1/tenants/${T.slug}/notifications?limit=200`);
  expect(res.status).toBe(200);
  return (res.body.items as { kind: string; payload: { requestId?: string } }[]).filter(
    (n) => n.kind === kind && n.payload.requestId === requestId,
  );
};
const handleOf = (requestId: string) => t.client.workflow.getHandle(regulatorRequestWorkflowId(T.id, requestId));

beforeAll(async () => {
  t = await createTestContext({ reminderTiming: { dayMs: DAY_MS, offsetsDays: [1] } });
  T = await t.provision('reqrem');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
  admin = await adminOf(t.app, T);
  // The request's owner is a member without officer rights: reminders reach them as its owner.
  ownerOfRequest = await userCaller(t.app, T.users.executive.email, 'request owner');
});
afterAll(() => t?.close());

describe('reminders and the overdue notice', () => {
  it('when a request nears and passes its due date unanswered, then one reminder and one overdue notice are sent, audited and in the timeline', async () => {
    const r = await create(3 * DAY_MS);
    await waitFor(async () => (await auditActions(r.id)).includes('regulator_request.overdue'), 20_000);
    // Let any duplicate that would come, come.
    await sleep(1500);
    expect(await auditActions(r.id)).toEqual([
      'regulator_request.created',
      'regulator_request.due_soon',
      'regulator_request.overdue',
    ]);
    expect(await notices(ownerOfRequest, r.id, 'regulator_request_due_soon')).toHaveLength(1);
    expect(await notices(officer, r.id, 'regulator_request_due_soon')).toHaveLength(1);
    expect(await notices(admin, r.id, 'regulator_request_due_soon')).toHaveLength(0);
    expect(await notices(officer, r.id, 'regulator_request_overdue')).toHaveLength(1);
    expect(await notices(admin, r.id, 'regulator_request_overdue')).toHaveLength(1);
    const read = await officer.call('get', `${base()}/${r.id}`);
    expect(read.body.overdue).toBe(true);
    expect(read.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created', 'due_soon', 'overdue']);
    expect(await handleOf(r.id).query(sentAlertsQuery)).toEqual([
      alertKeyOf('due_soon', r.responseDueAt, 1),
      alertKeyOf('overdue', r.responseDueAt, 0),
    ]);
    // Overdue and still unanswered: the workflow waits for the response, and completes on it.
    const answered = await officer.call('patch', `${base()}/${r.id}`, {
      body: {
        status: 'responded',
        response: { sentAt: new Date().toISOString(), summary: 'Late answer', channel: 'portal' },
      },
      headers: { 'If-Match': '"v1"' },
    });
    expect(answered.status, answered.text).toBe(200);
    await waitFor(async () => (await handleOf(r.id).describe()).status.name === 'COMPLETED', 10_000);
  });

  it('when the request is answered before its due date, then the workflow completes and nothing more is sent', async () => {
    const r = await create(4 * DAY_MS);
    const answered = await officer.call('patch', `${base()}/${r.id}`, {
      body: {
        status: 'responded',
        response: { sentAt: new Date().toISOString(), summary: 'Answered', channel: 'e-mail' },
      },
      headers: { 'If-Match': '"v1"' },
    });
    expect(answered.status, answered.text).toBe(200);
    await waitFor(async () => (await handleOf(r.id).describe()).status.name === 'COMPLETED', 10_000);
    await sleep(5 * DAY_MS);
    expect(await auditActions(r.id)).toEqual(['regulator_request.created', 'regulator_request.responded']);
    expect(await notices(officer, r.id, 'regulator_request_overdue')).toHaveLength(0);
  });

  it('when the due date moves later, then the workflow re-plans: no reminder for the old date, one for the new', async () => {
    const r = await create(4 * DAY_MS);
    const later = new Date(Date.now() + 8 * DAY_MS).toISOString();
    const moved = await officer.call('patch', `${base()}/${r.id}`, {
      body: { responseDueAt: later },
      headers: { 'If-Match': '"v1"' },
    });
    expect(moved.status, moved.text).toBe(200);
    await sleep(5 * DAY_MS);
    // The old due date has passed: nothing for it.
    expect(await auditActions(r.id)).toEqual(['regulator_request.created', 'regulator_request.updated']);
    await waitFor(async () => (await auditActions(r.id)).includes('regulator_request.due_soon'), 10_000);
    const events = await t.ownerPool.query<{ data: { dueAt: string } }>(
      `select data from ${T.schemaName}.audit_events where target_id = $1 and action = 'regulator_request.due_soon'`,
      [r.id],
    );
    expect(events.rows.map((e) => e.data.dueAt)).toEqual([new Date(later).toISOString()]);
  });

  it('when the alert activity runs twice for one key, then the second writes nothing (the database key)', async () => {
    const r = await create(100 * DAY_MS);
    const alert = {
      kind: 'due_soon' as const,
      key: alertKeyOf('due_soon', r.responseDueAt, 1),
      dueAt: r.responseDueAt,
      daysBefore: 1,
    };
    const first = await sendRegulatorRequestAlert(t.deps, { tenantId: T.id, requestId: r.id, alert });
    const second = await sendRegulatorRequestAlert(t.deps, { tenantId: T.id, requestId: r.id, alert });
    expect(first).toMatchObject({ sent: true, reason: 'sent' });
    expect(second).toEqual({ sent: false, reason: 'already_sent', recipients: 0 });
    const stale = await sendRegulatorRequestAlert(t.deps, {
      tenantId: T.id,
      requestId: r.id,
      alert: {
        ...alert,
        key: alertKeyOf('due_soon', '2030-01-01T00:00:00.000Z', 1),
        dueAt: '2030-01-01T00:00:00.000Z',
      },
    });
    expect(stale.reason).toBe('stale');
    expect((await auditActions(r.id)).filter((a) => a === 'regulator_request.due_soon')).toHaveLength(1);
  });
});

import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ZCreateIncident } from '@kizuna/contracts';
import { createIncident, resolveUserContext } from '@kizuna/domain';
import { TASK_QUEUE } from '@kizuna/workflows/definitions';
import { incidentResponseWorkflowId, type IncidentSweepInput } from '@kizuna/workflows/incident-definitions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userCaller, type Caller } from '../support/api-helpers.js';
import { waitFor } from '../support/governance-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Issue 7 §3: the incidentResponse workflow on the real Temporal dev server. Deadlines are real instants computed
// from awareAt, so the incidents are made aware in the past: a clock already passed is escalated at once, one
// inside its reminder window is reminded at once (the reminder offsets use a real day here).

const DAY = 86_400_000;
let t: TestContext;
let T: TestTenant;
let officer: Caller;

const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const base = () => `/api/v1/tenants/${T.slug}/incidents`;
type Clock = { kind: string; dueAt: string | null; status: string };
type Incident = { id: string; version: number; regulatoryClocks: Clock[]; status: string };

const breach = (awareDaysAgo: number, personalData: Record<string, unknown>) => ({
  title: 'Model endpoint leaked customer records',
  description: 'An unauthenticated debug route returned customer rows.',
  severity: 'high',
  categories: ['personal_data_breach'],
  detectedAt: ago(awareDaysAgo),
  awareAt: ago(awareDaysAgo),
  personalData,
});

const create = async (body: unknown): Promise<Incident> => {
  const res = await officer.call('post', base(), { body });
  expect(res.status, res.text).toBe(201);
  return res.body;
};
const patch = async (inc: { id: string }, body: unknown): Promise<Incident> => {
  const current = await officer.call('get', `${base()}/${inc.id}`);
  const res = await officer.call('patch', `${base()}/${inc.id}`, {
    body,
    headers: { 'If-Match': `"v${current.body.version}"` },
  });
  expect(res.status, res.text).toBe(200);
  return res.body;
};

const alerts = async (incidentId: string) =>
  (
    await t.ownerPool.query<{ action: string; data: { clockKind: string; dueAt: string; daysBefore?: number } }>(
      `select action, data from ${T.schemaName}.audit_events
        where target_id = $1 and action like 'incident.clock.%' order by seq`,
      [incidentId],
    )
  ).rows;

const noticesOf = async (incidentId: string) =>
  (
    await t.ownerPool.query<{ recipient_id: string; kind: string }>(
      `select recipient_id, kind from ${T.schemaName}.notifications where payload->>'incidentId' = $1`,
      [incidentId],
    )
  ).rows;

const dueOf = (inc: Incident, kind: string) => inc.regulatoryClocks.find((c) => c.kind === kind)!.dueAt!;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('irw');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
});
afterAll(() => t?.close());

describe('incidentResponse', () => {
  it('when an incident is created, then its workflow runs under tenant/<tenant>/incident/<id>', async () => {
    const inc = await create(breach(1, { affectedCount: 3, sensitive: true }));
    const handle = t.client.workflow.getHandle(incidentResponseWorkflowId(T.id, inc.id));
    await waitFor(async () => (await handle.describe().catch(() => null))?.status.name === 'RUNNING');
    expect((await handle.describe()).type).toBe('incidentResponse');
  });

  it('when a deadline has passed unfiled, then exactly one escalation: an incident.clock.missed event and a notice to officers and admins', async () => {
    // Aware 10 days ago: the 3-day preliminary target has passed.
    const inc = await create(breach(10, { affectedCount: 3, sensitive: true }));
    await waitFor(async () => (await alerts(inc.id)).some((a) => a.action === 'incident.clock.missed'));
    // A refresh (a patch) and some time later: still one.
    await patch(inc, { severity: 'critical' });
    await sleep(1500);
    const missed = (await alerts(inc.id)).filter((a) => a.action === 'incident.clock.missed');
    expect(missed).toEqual([
      {
        action: 'incident.clock.missed',
        data: { incidentId: inc.id, clockKind: 'appi_preliminary', dueAt: dueOf(inc, 'appi_preliminary') },
      },
    ]);
    const notices = (await noticesOf(inc.id)).filter((n) => n.kind === 'incident_clock_missed');
    expect(notices.map((n) => n.recipient_id).sort()).toEqual(
      [T.users.governance_officer.id, T.users.tenant_admin.id].sort(),
    );
  });

  it('when a deadline is inside its reminder window, then one reminder (incident.clock.approaching) and no escalation', async () => {
    // Aware 1 day ago: the preliminary target is 2–3 days away, inside the 3-day reminder, outside the 1-day one.
    const inc = await create(breach(1, { affectedCount: 3, sensitive: true }));
    await waitFor(async () => (await alerts(inc.id)).length > 0);
    await sleep(1000);
    expect(await alerts(inc.id)).toEqual([
      {
        action: 'incident.clock.approaching',
        data: {
          incidentId: inc.id,
          clockKind: 'appi_preliminary',
          dueAt: dueOf(inc, 'appi_preliminary'),
          daysBefore: 3,
        },
      },
    ]);
    expect((await noticesOf(inc.id)).filter((n) => n.kind === 'incident_clock_approaching')).toHaveLength(2);
  });

  it('when the report is filed, then its clock sends nothing more, even when the facts move it past its deadline', async () => {
    const inc = await create(breach(1, { affectedCount: 3, sensitive: true }));
    await waitFor(async () => (await alerts(inc.id)).length > 0);
    const filed = await officer.call('post', `${base()}/${inc.id}/filings`, {
      body: { clockKind: 'appi_preliminary', channel: 'ppc_online_form', filedAt: ago(0.5) },
    });
    expect(filed.status, filed.text).toBe(201);
    // Awareness turns out to have been 10 days ago: the preliminary deadline is long past, but it was filed.
    const moved = await patch(inc, { awareAt: ago(10), detectedAt: ago(10) });
    expect(moved.regulatoryClocks.find((c) => c.kind === 'appi_preliminary')?.status).toBe('filed');
    await sleep(2500);
    expect((await alerts(inc.id)).filter((a) => a.action === 'incident.clock.missed')).toEqual([]);
  });

  it('when the count grows past 1,000, then the clocks start and the passed one is escalated', async () => {
    const inc = await create(breach(10, { affectedCount: 1000 }));
    expect(inc.regulatoryClocks).toEqual([]);
    await sleep(1000);
    expect(await alerts(inc.id)).toEqual([]);
    const grown = await patch(inc, { personalData: { affectedCount: 1001 } });
    expect(grown.regulatoryClocks.length).toBeGreaterThan(0);
    await waitFor(async () => (await alerts(inc.id)).some((a) => a.action === 'incident.clock.missed'));
    expect((await alerts(inc.id)).find((a) => a.action === 'incident.clock.missed')?.data.clockKind).toBe(
      'appi_preliminary',
    );
  });

  it('when a wrongful purpose is found, then the final clock moves from 30 to 60 days and is reminded afresh only when due', async () => {
    // Aware 28 days ago: the 30-day final report is inside its 3-day reminder window.
    const inc = await create(breach(28, { affectedCount: 2000 }));
    const due30 = dueOf(inc, 'appi_final');
    await waitFor(async () =>
      (await alerts(inc.id)).some(
        (a) => a.action === 'incident.clock.approaching' && a.data.clockKind === 'appi_final',
      ),
    );
    const moved = await patch(inc, { personalData: { wrongfulPurpose: true } });
    const due60 = dueOf(moved, 'appi_final');
    expect(Date.parse(due60) - Date.parse(due30)).toBe(30 * DAY);
    await sleep(2000);
    const finals = (await alerts(inc.id)).filter((a) => a.data.clockKind === 'appi_final');
    // The reminder of the old deadline stays in the trail; the moved clock, 32 days out, owes nothing yet.
    expect(finals).toEqual([
      {
        action: 'incident.clock.approaching',
        data: { incidentId: inc.id, clockKind: 'appi_final', dueAt: due30, daysBefore: 3 },
      },
    ]);
  });

  it('when the tenant policy reminds 10 days before, then a final report due in under 10 days is reminded with daysBefore 10', async () => {
    const P = await t.provision('irwpol');
    const admin = await userCaller(t.app, P.users.tenant_admin.email, 'admin');
    const set = await admin.call('patch', `/api/v1/tenants/${P.slug}/policy`, {
      body: { incidentReminderDays: [10, 1] },
    });
    expect(set.status, set.text).toBe(200);
    expect(set.body.policy.incidentReminderDays).toEqual([10, 1]);
    const loose = await admin.call('patch', `/api/v1/tenants/${P.slug}/policy`, {
      body: { incidentReminderDays: [1] },
    });
    expect(loose.status).toBe(400);
    const polOfficer = await userCaller(t.app, P.users.governance_officer.email, 'officer');
    // Aware 21 days ago: the 30-day final report is 9–10 days away.
    const res = await polOfficer.call('post', `/api/v1/tenants/${P.slug}/incidents`, {
      body: breach(21, { affectedCount: 5000 }),
    });
    expect(res.status, res.text).toBe(201);
    const finalReminder = async () =>
      (
        await t.ownerPool.query<{ data: { clockKind: string; daysBefore: number } }>(
          `select data from ${P.schemaName}.audit_events where target_id = $1 and action = 'incident.clock.approaching'`,
          [res.body.id],
        )
      ).rows.filter((r) => r.data.clockKind === 'appi_final');
    await waitFor(async () => (await finalReminder()).length > 0);
    expect((await finalReminder()).map((r) => r.data.daysBefore)).toEqual([10]);
  });

  it('when an incident has no workflow and its deadline passed, then the sweep starts one and it escalates exactly once', async () => {
    // Written without the gateway (as if Temporal had been down): no workflow runs for it.
    const ctx = await resolveUserContext(t.deps, {
      userId: T.users.governance_officer.id,
      tenantSlug: T.slug,
      requestId: null,
    });
    const inc = await createIncident(
      t.deps,
      ctx,
      ZCreateIncident.parse(breach(10, { affectedCount: 3, sensitive: true })),
    );
    const handle = t.client.workflow.getHandle(incidentResponseWorkflowId(T.id, inc.id));
    await sleep(1000);
    expect(await handle.describe().catch(() => null)).toBeNull();
    expect(await alerts(inc.id)).toEqual([]);
    const sweep = () =>
      t.client.workflow.execute('incidentSweep', {
        taskQueue: TASK_QUEUE,
        workflowId: `test/incident-sweep/${randomUUID()}`,
        args: [{ dayMs: DAY, everyMs: 1000, once: true, tenantIds: [T.id] } satisfies IncidentSweepInput],
      });
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    await waitFor(async () => (await alerts(inc.id)).some((a) => a.action === 'incident.clock.missed'));
    // A second sweep finds the workflow running and starts nothing for it; still one escalation.
    await sweep();
    await sleep(1500);
    expect((await alerts(inc.id)).filter((a) => a.action === 'incident.clock.missed')).toHaveLength(1);
    expect((await handle.describe()).status.name).toBe('RUNNING');
  });

  it('when the incident is closed, then its workflow completes; reopened, it runs again', async () => {
    const inc = await create(breach(1, { affectedCount: 3, sensitive: true }));
    const handle = t.client.workflow.getHandle(incidentResponseWorkflowId(T.id, inc.id));
    await waitFor(async () => (await handle.describe().catch(() => null))?.status.name === 'RUNNING');
    await patch(inc, { status: 'contained', containment: 'Debug route removed' });
    await patch(inc, { status: 'resolved', rootCause: 'A debug route shipped to production' });
    await patch(inc, { status: 'closed' });
    await waitFor(async () => (await handle.describe()).status.name === 'COMPLETED');
    await patch(inc, { status: 'open', reason: 'More records found' });
    await waitFor(
      async () =>
        (await t.client.workflow.getHandle(incidentResponseWorkflowId(T.id, inc.id)).describe()).status.name ===
        'RUNNING',
    );
  });
});

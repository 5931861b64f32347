import { setTimeout as sleep } from 'node:timers/promises';
import { lifecycleWorkflowId } from '@kizuna/workflows/lifecycle-definitions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../support/governance-helpers.js';
import { saveHistory } from '../support/history-recorder.js';
import {
  PROFILES,
  decide,
  getAssessment,
  lifecycleOf,
  logInAll,
  notificationsOf,
  prepareSystem,
  submit,
  submitForSignOff,
  systemPath,
  utcDatePlus,
  waitForState,
  type LiveState,
} from '../support/lifecycle-scenario.js';
import { createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

// The lifecycle's timers on the real Temporal dev server, with "days" of a second or less. The length of a day comes
// from the app's gateway (each group gets an app whose lifecycles start with its own dayMs; one in-process worker,
// the first context's, runs them all); the reminder rhythm comes from the tenant's policy, read at submission.

const ESCALATION = { dayMs: 1000, policy: { signoffReminderDays: 1, escalationDays: 4 } };
// The tenant reminds of a condition earlier than the default 7 days (a policy may only tighten): 10 "days" before a
// condition due tomorrow is already past, so the reminder fires at once, before the condition lapses.
const CONDITIONS = { dayMs: 2000, policy: { conditionReminderDays: 10 } };
// A 365-day cadence (low tier) lasts 365 × 5 ms ≈ 1.8 s, a 180-day one (medium) 0.9 s.
const REVIEW = { dayMs: 5 };

let base: TestContext;
let escalation: TestContext;
let conditions: TestContext;
let review: TestContext;
// One tenant per reminder rhythm; `tenant` keeps the default policy.
let tenant: TestTenant;
let escalationTenant: TestTenant;
let conditionTenant: TestTenant;

const setPolicy = async (t: TestTenant, policy: Record<string, unknown>) => {
  const admin = await logIn(base.app, t.users.tenant_admin.email);
  const res = await admin.agent.patch(`/api/v1/tenants/${t.slug}/policy`).set('X-CSRF-Token', admin.csrf).send(policy);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.policy).toMatchObject(policy);
};

beforeAll(async () => {
  base = await createTestContext();
  escalation = await createTestContext({ withWorker: false, timing: { dayMs: ESCALATION.dayMs } });
  conditions = await createTestContext({ withWorker: false, timing: { dayMs: CONDITIONS.dayMs } });
  review = await createTestContext({ withWorker: false, timing: { dayMs: REVIEW.dayMs } });
  tenant = await base.provision('timers');
  escalationTenant = await base.provision('escalation');
  await setPolicy(escalationTenant, ESCALATION.policy);
  conditionTenant = await base.provision('conditions');
  await setPolicy(conditionTenant, CONDITIONS.policy);
});
afterAll(async () => {
  await Promise.all([escalation?.close(), conditions?.close(), review?.close()]);
  await base?.close();
});

const handleOf = (owner: TestTenant, systemId: string, runId?: string) =>
  base.client.workflow.getHandle(lifecycleWorkflowId(owner.id, systemId), runId);
const runIdOf = async (owner: TestTenant, systemId: string) => (await handleOf(owner, systemId).describe()).runId;
const waitForContinuedAsNew = (owner: TestTenant, systemId: string, runId: string) =>
  waitFor(async () => (await handleOf(owner, systemId, runId).describe()).status.name === 'CONTINUED_AS_NEW', 30_000);

describe('sign-off escalation', () => {
  it('when nobody decides a high-tier sign-off, then the approvers are reminded, then the tenant admin and then the other executives get an escalation', async () => {
    const day = ESCALATION.dayMs;
    const s = await logInAll(escalation.app, escalationTenant, [
      'system_owner',
      'executive',
      'executive2',
      'tenant_admin',
    ] as const);
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, escalationTenant, {
      name: 'Credit scoring (escalation)',
      profile: PROFILES.high,
    });
    const firstRun = await runIdOf(escalationTenant, systemId);
    const submitted = await submitForSignOff(s.system_owner, escalationTenant.slug, systemId, assessmentId);
    expect(submitted).toMatchObject({ quorum: 2, approverRole: 'executive', nextTimer: { kind: 'signoff_reminder' } });
    const submittedAt = Date.parse(
      (await lifecycleOf(s.system_owner, escalationTenant.slug, systemId)).transitions.at(-1)!.at,
    );
    expect(Date.parse(submitted.nextTimer!.at)).toBe(submittedAt + ESCALATION.policy.signoffReminderDays * day);

    // Step 0: both executives are reminded; the submitter and the admin are not.
    await waitFor(
      async () => (await notificationsOf(s.executive2, escalationTenant.slug, systemId, 'signoff_reminder')).length > 0,
    );
    for (const exec of [s.executive, s.executive2]) {
      const reminders = await notificationsOf(exec, escalationTenant.slug, systemId, 'signoff_reminder');
      expect(reminders.map((n) => n.payload)).toEqual([{ assessmentId, step: 0 }]);
    }
    expect(await notificationsOf(s.system_owner, escalationTenant.slug, systemId, 'signoff_reminder')).toEqual([]);
    expect(await notificationsOf(s.tenant_admin, escalationTenant.slug, systemId)).toEqual([]);
    const afterReminder = await lifecycleOf(s.system_owner, escalationTenant.slug, systemId);
    expect(afterReminder.live?.nextTimer).toEqual({
      kind: 'signoff_escalation_1',
      at: new Date(submittedAt + ESCALATION.policy.escalationDays * day).toISOString(),
    });

    // One of the two executives decides; the quorum of two is not met, so the clock keeps running.
    const first = await decide(s.executive, escalationTenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      state: 'signoff',
      approvals: [{ signerId: escalationTenant.users.executive.id }],
    });

    // Step 1: the tenant admin.
    await waitFor(async () => (await notificationsOf(s.tenant_admin, escalationTenant.slug, systemId)).length > 0);
    const toAdmin = await notificationsOf(s.tenant_admin, escalationTenant.slug, systemId);
    expect(toAdmin.map((n) => [n.kind, n.payload])).toEqual([['signoff_escalated', { assessmentId, step: 1 }]]);
    await waitFor(
      async () =>
        (await lifecycleOf(s.system_owner, escalationTenant.slug, systemId)).live?.nextTimer?.kind ===
        'signoff_escalation_2',
    );
    expect((await lifecycleOf(s.system_owner, escalationTenant.slug, systemId)).live?.nextTimer?.at).toBe(
      new Date(submittedAt + 2 * ESCALATION.policy.escalationDays * day).toISOString(),
    );

    // Step 2: the executives who have not decided (not the one who approved, not the submitter).
    await waitFor(
      async () =>
        (await notificationsOf(s.executive2, escalationTenant.slug, systemId, 'signoff_escalated')).length > 0,
    );
    const toOthers = await notificationsOf(s.executive2, escalationTenant.slug, systemId, 'signoff_escalated');
    expect(toOthers.map((n) => n.payload)).toEqual([{ assessmentId, step: 2 }]);
    expect(await notificationsOf(s.executive, escalationTenant.slug, systemId, 'signoff_escalated')).toEqual([]);
    expect(await notificationsOf(s.system_owner, escalationTenant.slug, systemId, 'signoff_escalated')).toEqual([]);
    expect(await notificationsOf(s.tenant_admin, escalationTenant.slug, systemId)).toHaveLength(1);
    expect(Date.parse(toAdmin[0]!.createdAt)).toBeLessThan(Date.parse(toOthers[0]!.createdAt));
    const escalated = await lifecycleOf(s.system_owner, escalationTenant.slug, systemId);
    expect(escalated.state).toBe('signoff');
    expect(escalated.live?.nextTimer).toBeNull();
    await saveHistory(base.client, lifecycleWorkflowId(escalationTenant.id, systemId), firstRun, 'signoff-escalation');

    // The other executive completes the quorum.
    const second = await decide(s.executive2, escalationTenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.state).toBe('active');
    await waitForContinuedAsNew(escalationTenant, systemId, firstRun);
    await saveHistory(
      base.client,
      lifecycleWorkflowId(escalationTenant.id, systemId),
      firstRun,
      'high-tier-two-executives',
    );
  });
});

describe('sign-off conditions', () => {
  it('when a condition due tomorrow is not fulfilled, then its owner is reminded and the system is suspended when it lapses', async () => {
    const s = await logInAll(conditions.app, conditionTenant, [
      'system_owner',
      'executive',
      'governance_officer',
    ] as const);
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, conditionTenant, {
      name: 'Support chatbot (lapsed condition)',
      profile: PROFILES.medium,
    });
    const submitted = await submitForSignOff(s.system_owner, conditionTenant.slug, systemId, assessmentId);
    const res = await decide(s.executive, conditionTenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve_with_conditions',
      conditions: [
        {
          text: 'Publish the Japanese user notice',
          ownerId: conditionTenant.users.system_owner.id,
          dueDate: utcDatePlus(1),
        },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const live = res.body as LiveState;
    expect(live.state).toBe('active');
    expect(live.openConditions).toHaveLength(1);
    const condition = live.openConditions[0]!;
    expect(condition.ownerId).toBe(conditionTenant.users.system_owner.id);
    const dueAt = Date.parse(condition.dueAt);
    expect(live.nextTimer).toEqual({
      kind: `condition_reminder:${condition.id}`,
      at: new Date(dueAt - CONDITIONS.policy.conditionReminderDays * CONDITIONS.dayMs).toISOString(),
    });

    const suspended = await waitForState(s.system_owner, conditionTenant.slug, systemId, 'suspended');
    const lapse = suspended.transitions.at(-1)!;
    expect(lapse).toMatchObject({
      action: 'condition.lapsed',
      fromState: 'active',
      toState: 'suspended',
      actorId: 'system',
      data: { conditionId: condition.id },
    });
    expect(Date.parse(lapse.at)).toBeGreaterThanOrEqual(dueAt);

    const dueSoon = await notificationsOf(s.system_owner, conditionTenant.slug, systemId, 'condition_due_soon');
    expect(dueSoon.map((n) => n.payload)).toEqual([{ conditionId: condition.id, dueAt: condition.dueAt }]);
    expect(Date.parse(dueSoon[0]!.createdAt)).toBeLessThan(Date.parse(lapse.at));
    for (const who of [s.system_owner, s.governance_officer]) {
      const lapsed = await notificationsOf(who, conditionTenant.slug, systemId, 'condition_lapsed');
      expect(lapsed.map((n) => n.payload)).toEqual([{ conditionId: condition.id }]);
    }
    const detail = await s.system_owner.agent.get(systemPath(conditionTenant.slug, systemId)).expect(200);
    expect(detail.body.lifecycleState).toBe('suspended');
    await saveHistory(base.client, lifecycleWorkflowId(conditionTenant.id, systemId), undefined, 'lapsed-condition');
  });

  it('when the condition is fulfilled with evidence and confirmed before it is due, then the system stays active after the due time', async () => {
    const s = await logInAll(conditions.app, conditionTenant, [
      'system_owner',
      'executive',
      'governance_officer',
    ] as const);
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, conditionTenant, {
      name: 'Support chatbot (fulfilled condition)',
      profile: PROFILES.medium,
    });
    const submitted = await submitForSignOff(s.system_owner, conditionTenant.slug, systemId, assessmentId);
    const res = await decide(s.executive, conditionTenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve_with_conditions',
      conditions: [
        { text: 'Run the bias test again', ownerId: conditionTenant.users.system_owner.id, dueDate: utcDatePlus(2) },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const condition = (res.body as LiveState).openConditions[0]!;

    const report = await s.system_owner.agent
      .post(`${systemPath(conditionTenant.slug, systemId)}/evidence`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({ kind: 'bias_test', title: 'Bias test, second run', url: 'https://docs.example.test/bias-2' })
      .expect(201);
    // The owner (whom it binds) submits it with the report; the governance officer confirms it.
    const claimed = await s.system_owner.agent
      .post(`${systemPath(conditionTenant.slug, systemId)}/conditions/${condition.id}/fulfil`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({ note: 'Bias test re-run, report attached', evidenceIds: [report.body.id] });
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    expect(claimed.body.openConditions).toEqual([
      expect.objectContaining({ id: condition.id, fulfilmentSubmittedBy: conditionTenant.users.system_owner.id }),
    ]);
    const fulfilled = await s.governance_officer.agent
      .post(`${systemPath(conditionTenant.slug, systemId)}/conditions/${condition.id}/fulfil`)
      .set('X-CSRF-Token', s.governance_officer.csrf)
      .send({ note: 'Report read; the gap is closed' });
    expect(fulfilled.status, JSON.stringify(fulfilled.body)).toBe(200);
    expect(fulfilled.body).toMatchObject({ state: 'active', openConditions: [] });

    // Past the due instant by a whole "day": nothing lapses.
    await sleep(Math.max(0, Date.parse(condition.dueAt) + CONDITIONS.dayMs - Date.now()));
    const view = await lifecycleOf(s.system_owner, conditionTenant.slug, systemId);
    expect(view.state).toBe('active');
    expect(view.transitions.map((t) => t.action)).toEqual([
      'assessment.started',
      'assessment.submitted',
      'signoff.approved',
      'condition.fulfilment_submitted',
      'condition.fulfilled',
    ]);
    expect(view.transitions.at(-1)).toMatchObject({
      actorId: conditionTenant.users.governance_officer.id,
      data: {
        conditionId: condition.id,
        note: 'Report read; the gap is closed',
        evidenceIds: [report.body.id],
        submittedBy: conditionTenant.users.system_owner.id,
        submittedNote: 'Bias test re-run, report attached',
      },
    });
    expect(view.live?.nextTimer?.kind).toBe('periodic_review');
    expect(await notificationsOf(s.system_owner, conditionTenant.slug, systemId, 'condition_lapsed')).toEqual([]);
  });

  it('when an approval sets a condition, then its due instant and the next review derive from the recorded decision time', async () => {
    const s = await logInAll(conditions.app, conditionTenant, ['system_owner', 'executive'] as const);
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, conditionTenant, {
      name: 'Support chatbot (due instants)',
      profile: PROFILES.medium,
    });
    const submitted = await submitForSignOff(s.system_owner, conditionTenant.slug, systemId, assessmentId);
    const res = await decide(s.executive, conditionTenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve_with_conditions',
      conditions: [
        { text: 'Name a contact point', ownerId: conditionTenant.users.system_owner.id, dueDate: utcDatePlus(3) },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const signOffs = await s.executive.agent.get(`${systemPath(conditionTenant.slug, systemId)}/signoffs`).expect(200);
    const decidedAt = Date.parse(signOffs.body.items[0].decidedAt);
    const dueAt = Date.parse((res.body as LiveState).openConditions[0]!.dueAt);
    // DESIGN §10: deadlines are absolute instants derived from the event's own time (the decision), not "now plus".
    expect.soft(dueAt - decidedAt).toBe(3 * CONDITIONS.dayMs);
    const projection = await base.ownerPool.query(
      `select next_review_at from "${conditionTenant.schemaName}".ai_systems where id = $1`,
      [systemId],
    );
    expect.soft(projection.rows[0].next_review_at.getTime() - decidedAt).toBe(180 * CONDITIONS.dayMs);
  });
});

// The review loop for one tier: approve, let the cadence elapse, confirm the carried-forward answers, re-approve.
// Records the first run (the loop to active) and the second (a review cycle) when recording histories.
const reviewCycle = async (tier: 'low' | 'medium', approver: 'governance_officer' | 'executive', record: boolean) => {
  const s = await logInAll(review.app, tenant, ['system_owner', approver] as const);
  const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
    name: `Meeting summariser (${tier}-tier review)`,
    profile: PROFILES[tier],
  });
  const workflowId = lifecycleWorkflowId(tenant.id, systemId);
  const firstRun = await runIdOf(tenant, systemId);
  const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
  expect(submitted).toMatchObject({ quorum: 1, approverRole: approver });
  const approved = await decide(s[approver], tenant.slug, systemId, {
    assessmentId,
    snapshotHash: submitted.snapshotHash,
    decision: 'approve',
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  expect(approved.body).toMatchObject({ state: 'active', nextTimer: { kind: 'periodic_review' } });
  const previous = await getAssessment(s.system_owner, tenant.slug, systemId, assessmentId);
  expect(previous.status).toBe('approved');

  // Nobody acts: the cadence elapses and the workflow opens the review itself.
  const inReview = await waitForState(s.system_owner, tenant.slug, systemId, 'review');
  const opened = inReview.transitions.at(-1)!;
  expect(opened).toMatchObject({
    action: 'review.opened.periodic',
    fromState: 'active',
    toState: 'review',
    actorId: 'system',
    data: { kind: 'review' },
  });
  const reviewId = opened.data.assessmentId as string;
  expect(reviewId).not.toBe(assessmentId);
  const secondRun = await runIdOf(tenant, systemId);
  expect(secondRun).not.toBe(firstRun);
  expect((await handleOf(tenant, systemId, firstRun).describe()).status.name).toBe('CONTINUED_AS_NEW');
  if (record) await saveHistory(base.client, workflowId, firstRun, 'full-loop-to-active');

  const carried = await getAssessment(s.system_owner, tenant.slug, systemId, reviewId);
  expect(carried).toMatchObject({ kind: 'review', status: 'in_progress', cycle: previous.cycle + 1 });
  expect(carried.requirements.map((r) => r.requirementId)).toEqual(previous.requirements.map((r) => r.requirementId));
  for (const r of carried.requirements) {
    const before = previous.requirements.find((p) => p.requirementId === r.requirementId)!;
    expect(r).toMatchObject({ carriedForward: true, confirmed: false, answer: before.answer });
  }

  // Carried-forward answers are not confirmations.
  const refused = await submit(s.system_owner, tenant.slug, systemId, reviewId);
  expect(refused.status, JSON.stringify(refused.body)).toBe(400);
  expect(refused.body.code).toBe('VALIDATION_FAILED');
  expect(refused.body.errors).toHaveLength(carried.requirements.length);
  for (const e of refused.body.errors as { path: string; message: string }[]) expect(e.message).toMatch(/confirm/);

  const confirmed = await s.system_owner.agent
    .patch(`${systemPath(tenant.slug, systemId)}/assessments/${reviewId}`)
    .set('X-CSRF-Token', s.system_owner.csrf)
    .send({ answers: Object.fromEntries(carried.requirements.map((r) => [r.requirementId, r.answer])) });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  expect(confirmed.body.requirements.every((r: { confirmed: boolean }) => r.confirmed)).toBe(true);

  const resubmitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, reviewId);
  const reapproved = await decide(s[approver], tenant.slug, systemId, {
    assessmentId: reviewId,
    snapshotHash: resubmitted.snapshotHash,
    decision: 'approve',
  });
  expect(reapproved.status, JSON.stringify(reapproved.body)).toBe(200);
  expect(reapproved.body.state).toBe('active');
  const actions = (await lifecycleOf(s.system_owner, tenant.slug, systemId)).transitions.map((t) => t.action);
  expect(actions.slice(0, 6)).toEqual([
    'assessment.started',
    'assessment.submitted',
    'signoff.approved',
    'review.opened.periodic',
    'assessment.submitted',
    'signoff.approved',
  ]);
  // The next cadence may already have opened the following review.
  expect(actions.slice(6).every((a) => a === 'review.opened.periodic')).toBe(true);
  await waitForContinuedAsNew(tenant, systemId, secondRun);
  expect(await runIdOf(tenant, systemId)).not.toBe(secondRun);
  if (record) await saveHistory(base.client, workflowId, secondRun, 'review-cycle-continue-as-new');
};

describe('periodic review', () => {
  it("when the review cadence of a low-tier system elapses, then a review opens with carried-forward answers that must be confirmed, and the governance officer's re-approval returns it to active in a new run", async () => {
    await reviewCycle('low', 'governance_officer', false);
  });

  it("when the review cadence of a medium-tier system elapses, then a review opens with carried-forward answers that must be confirmed, and the executive's re-approval returns it to active in a new run", async () => {
    await reviewCycle('medium', 'executive', true);
  });
});

describe('rejection', () => {
  it('when an executive rejects, then the same assessment reopens, a fixed resubmission gets a new snapshot hash and a decision on the old one is stale', async () => {
    const s = await logInAll(base.app, tenant, ['system_owner', 'executive', 'executive2'] as const);
    const { systemId, assessmentId, requirements } = await prepareSystem(s.system_owner, tenant, {
      name: 'Support chatbot (rejected)',
      profile: PROFILES.medium,
    });
    const firstRun = await runIdOf(tenant, systemId);
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    const rejected = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'reject',
      comment: 'The user notice does not say that answers are generated by AI.',
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body).toMatchObject({ state: 'assessment', assessmentId, snapshotHash: null, approvals: [] });
    const reopened = await getAssessment(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(reopened.status).toBe('in_progress');
    const view = await lifecycleOf(s.system_owner, tenant.slug, systemId);
    expect(view.state).toBe('assessment');
    expect(view.transitions.at(-1)).toMatchObject({
      action: 'signoff.rejected',
      fromState: 'signoff',
      toState: 'assessment',
      actorId: tenant.users.executive.id,
      data: { assessmentId },
    });

    // The fix: explain the first requirement instead.
    const fixed = await s.system_owner.agent
      .patch(`${systemPath(tenant.slug, systemId)}/assessments/${assessmentId}`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({
        answers: {
          [requirements[0]!.requirementId]: {
            answer: 'explains',
            rationale: 'The notice now states that replies are AI-generated.',
            compensatingMeasure: 'A human agent reviews every escalated conversation.',
          },
        },
      });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    const resubmitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(resubmitted.assessmentId).toBe(assessmentId);
    expect(resubmitted.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    expect(resubmitted.snapshotHash).not.toBe(submitted.snapshotHash);

    const stale = await decide(s.executive2, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    });
    expect(stale.status, JSON.stringify(stale.body)).toBe(409);
    expect(stale.body.code).toBe('STALE_SNAPSHOT');

    const approved = await decide(s.executive2, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: resubmitted.snapshotHash,
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.state).toBe('active');
    const dossier = await s.executive.agent.get(`${systemPath(tenant.slug, systemId)}/dossier`).expect(200);
    expect(
      dossier.body.signOffs.map((d: { decision: string; snapshotHash: string }) => [d.decision, d.snapshotHash]),
    ).toEqual([
      ['reject', submitted.snapshotHash],
      ['approve', resubmitted.snapshotHash],
    ]);
    await waitForContinuedAsNew(tenant, systemId, firstRun);
    await saveHistory(base.client, lifecycleWorkflowId(tenant.id, systemId), firstRun, 'rejection');
  });

  it('when the executive who rejected approves the fixed resubmission, then both decisions are on record', async () => {
    const s = await logInAll(base.app, tenant, ['system_owner', 'executive'] as const);
    const { systemId, assessmentId, requirements } = await prepareSystem(s.system_owner, tenant, {
      name: 'Support chatbot (same signer twice)',
      profile: PROFILES.medium,
    });
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'reject',
      comment: 'Explain the first requirement.',
    }).expect(200);
    await s.system_owner.agent
      .patch(`${systemPath(tenant.slug, systemId)}/assessments/${assessmentId}`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({
        answers: {
          [requirements[0]!.requirementId]: {
            answer: 'explains',
            rationale: 'Explained as asked.',
            compensatingMeasure: 'Quarterly spot checks.',
          },
        },
      })
      .expect(200);
    const resubmitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);

    const inbox = await s.executive.agent.get(`/api/v1/tenants/${tenant.slug}/signoffs?pending=mine`).expect(200);
    expect
      .soft(
        inbox.body.items.map((i: { systemId: string }) => i.systemId),
        'the resubmission awaits the executive',
      )
      .toContain(systemId);
    const approved = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: resubmitted.snapshotHash,
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.state).toBe('active');

    const rows = await base.ownerPool.query(
      `select decision, snapshot_hash from "${tenant.schemaName}".sign_offs where system_id = $1 order by decided_at`,
      [systemId],
    );
    expect(rows.rows).toEqual([
      { decision: 'reject', snapshot_hash: submitted.snapshotHash },
      { decision: 'approve', snapshot_hash: resubmitted.snapshotHash },
    ]);
    const audit = await base.ownerPool.query(
      `select action from "${tenant.schemaName}".audit_events where target_id = $1 and action like 'signoff.%' order by seq`,
      [assessmentId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['signoff.reject', 'signoff.approve']);
  });
});

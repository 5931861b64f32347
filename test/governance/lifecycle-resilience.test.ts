import { createDeps, createSchemaMigrator } from '@kizuna/db';
import { AppError, type NotifyInput } from '@kizuna/domain';
import { createWorker } from '@kizuna/worker/worker';
import { createActivities } from '@kizuna/workflows/activities';
import { toActivityFailure } from '@kizuna/workflows/activity-failure';
import { lifecycleWorkflowId } from '@kizuna/workflows/lifecycle-definitions';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../support/governance-helpers.js';
import {
  PROFILES,
  decide,
  logInAll,
  prepareSystem,
  submitForSignOff,
  systemPath,
  utcDatePlus,
  waitForState,
  type LiveState,
} from '../support/lifecycle-scenario.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// A lifecycle workflow keeps its state (issue 11, finding 6): an activity that fails for good on a timer's path no
// longer fails the workflow, and a run that ends anyway is started again from the database projection in full.
// This file runs its own worker, whose notify activity refuses review notices for this file's tenant for good.

const REVIEW = { dayMs: 5 };

let t: TestContext;
let review: TestContext;
let tenant: TestTenant;
let worker: Worker;
let running: Promise<void>;
let connection: NativeConnection;
const refusedNotices: NotifyInput[] = [];

beforeAll(async () => {
  t = await createTestContext({ withWorker: false });
  review = await createTestContext({ withWorker: false, timing: { dayMs: REVIEW.dayMs } });
  connection = await NativeConnection.connect({ address: t.stack.temporalAddress });
  const activities = createActivities({
    ...createDeps(t.appPool),
    schemas: createSchemaMigrator(t.ownerPool, t.stack.appRole),
  });
  const notify = async (input: NotifyInput) => {
    if (input.kind === 'review_opened' && tenant && input.tenantId === tenant.id) {
      refusedNotices.push(input);
      // A final failure, as the product's activities report one (non-retryable).
      return toActivityFailure(new AppError('VALIDATION_FAILED', 'The mail relay rejected the message'));
    }
    return activities.notify(input);
  };
  worker = await createWorker({
    connection,
    namespace: t.stack.temporalNamespace,
    ownerPool: t.ownerPool,
    appPool: t.appPool,
    appRole: t.stack.appRole,
    workflowBundlePath: t.stack.workflowBundlePath,
    overrides: {
      stickyQueueScheduleToStartTimeout: '1s',
      shutdownGraceTime: '1s',
      activities: { ...activities, notify },
    },
  });
  running = worker.run();
  tenant = await t.provision('resilience');
});
afterAll(async () => {
  worker?.shutdown();
  await running;
  await connection?.close();
  await review?.close();
  await t?.close();
});

const handleOf = (systemId: string) => t.client.workflow.getHandle(lifecycleWorkflowId(tenant.id, systemId));

describe('a lifecycle that fails keeps its state (finding 6)', () => {
  it('finding 6: when the review notification fails non-retryably, then the workflow survives and the review still opens', async () => {
    const s = await logInAll(review.app, tenant, ['system_owner', 'governance_officer'] as const);
    // Low tier: a 365-day cadence lasts 365 × 5 ms.
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Review notice bounces',
      profile: PROFILES.low,
    });
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    await decide(s.governance_officer, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    }).expect(200);

    const inReview = await waitForState(s.system_owner, tenant.slug, systemId, 'review');
    expect(inReview.transitions.at(-1)).toMatchObject({ action: 'review.opened.periodic', toState: 'review' });
    await waitFor(async () => refusedNotices.some((n) => n.systemId === systemId));
    // The run goes on: the review can be confirmed and submitted in the same run.
    const handle = handleOf(systemId);
    const runId = (await handle.describe()).runId;
    const reviewId = inReview.transitions.at(-1)!.data.assessmentId as string;
    const confirm = await s.system_owner.agent
      .get(`${systemPath(tenant.slug, systemId)}/assessments/${reviewId}`)
      .expect(200);
    const confirmed = await s.system_owner.agent
      .patch(`${systemPath(tenant.slug, systemId)}/assessments/${reviewId}`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({
        answers: Object.fromEntries(
          confirm.body.requirements.map((r: { requirementId: string; answer: unknown }) => [r.requirementId, r.answer]),
        ),
      });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    await submitForSignOff(s.system_owner, tenant.slug, systemId, reviewId);
    const after = await handle.describe();
    expect({ status: after.status.name, runId: after.runId }).toEqual({ status: 'RUNNING', runId });
  });

  it('finding 6: when a run ends with an approved system and an open condition, then the next action resumes it from the database with its condition and next review', async () => {
    const s = await logInAll(t.app, tenant, ['system_owner', 'executive'] as const);
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Run lost after approval',
      profile: PROFILES.medium,
    });
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    const approved = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve_with_conditions',
      conditions: [{ text: 'Name a contact point', ownerId: tenant.users.system_owner.id, dueDate: utcDatePlus(20) }],
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const before = approved.body as LiveState;
    const condition = before.openConditions[0]!;
    await handleOf(systemId).terminate('lost in an outage');

    const evidence = await s.system_owner.agent
      .post(`${systemPath(tenant.slug, systemId)}/evidence`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({ kind: 'other', title: 'Contact page', url: 'https://docs.example.test/contact' })
      .expect(201);
    const res = await s.system_owner.agent
      .post(`${systemPath(tenant.slug, systemId)}/conditions/${condition.id}/fulfil`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({ note: 'Named on the contact page', evidenceIds: [evidence.body.id] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = res.body as LiveState;
    expect(after).toMatchObject({ state: 'active', seq: before.seq + 1, approverRole: 'executive' });
    expect(after.openConditions).toEqual([{ ...condition, fulfilmentSubmittedBy: tenant.users.system_owner.id }]);
    expect(after.nextTimer?.kind).toBe(`condition_reminder:${condition.id}`);
    const nextReviewAt = (
      await t.ownerPool.query(`select next_review_at from "${tenant.schemaName}".ai_systems where id = $1`, [systemId])
    ).rows[0].next_review_at as Date;
    expect(nextReviewAt.getTime()).toBeGreaterThan(Date.parse(condition.dueAt));
  });

  it('finding 6: when a run ends during a two-executive sign-off, then the next decision resumes it with the first approval counted', async () => {
    const s = await logInAll(t.app, tenant, ['system_owner', 'executive', 'executive2'] as const);
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Run lost mid sign-off',
      profile: PROFILES.high,
    });
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    const first = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    });
    expect(first.body).toMatchObject({ state: 'signoff', quorum: 2 });
    await handleOf(systemId).terminate('lost in an outage');

    const again = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    });
    expect(again.status, JSON.stringify(again.body)).toBe(409);
    expect(again.body.code).toBe('ALREADY_DECIDED');
    const second = await decide(s.executive2, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.state).toBe('active');
  });
});

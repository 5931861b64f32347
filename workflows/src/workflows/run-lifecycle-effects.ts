import type { LifecycleEffect, LifecycleModel } from '@kizuna/domain/lifecycle';
import { ActivityFailure, log, patched, proxyActivities } from '@temporalio/workflow';
import type { LifecycleActivities } from '../lifecycle-activities.js';

export const lifecycleActivities = proxyActivities<LifecycleActivities>({
  // Short, so an attempt lost with a crashed worker is retried well within the API's wait for the update.
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '10 seconds', maximumAttempts: 20 },
});
const acts = lifecycleActivities;

// On a timer's path nobody waits for an answer, and a final failure would fail the whole workflow: its activities
// retry until the database is back (a business refusal is still final). The retry policy is not part of the
// commands a history records, so this needs no patch.
export const timerActivities = proxyActivities<LifecycleActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

// Patch ids: a change to running workflow code is branched on one of these, never made in place.
const DECISION_IN_ONE_ACTIVITY = 'decision-in-one-activity';

export type EffectHooks = {
  before: LifecycleModel;
  after: LifecycleModel;
  /** Makes a model the workflow's current one (what queries answer and the timer loop watches). */
  publish(model: LifecycleModel): void;
  completeCycle(): void;
  /** The activities to run with: the timer path's, which never give up, or the updates'. */
  activities?: LifecycleActivities;
};

// A notification is worth a retry, not the lifecycle: one that fails for good is logged and the effects go on.
const notifyBestEffort = async (activities: LifecycleActivities, notification: Parameters<typeof acts.notify>[0]) => {
  try {
    await activities.notify(notification);
  } catch (err) {
    if (!(err instanceof ActivityFailure)) throw err;
    log.warn('Notification failed; the lifecycle goes on', { kind: notification.kind, error: err.cause?.message });
  }
};

type DecisionEffect = Extract<LifecycleEffect, { type: 'recordDecision' }>['decision'];

// Runs recorded before the patch wrote a decision in three activities, and the timer loop saw the model change
// between them; replaying them needs the same steps at the same points.
const recordDecisionInThreeSteps = async (decision: DecisionEffect, { before, after, publish }: EffectHooks) => {
  await acts.recordSignOff(decision.signOff);
  if (decision.assessmentStatus === null) {
    publish(after);
  } else {
    if (decision.assessmentStatus === 'approved')
      publish({ ...before, approvals: after.approvals, conditions: after.conditions });
    await acts.setAssessmentStatus({
      tenantId: decision.signOff.tenantId,
      assessmentId: decision.signOff.assessmentId,
      status: decision.assessmentStatus,
    });
    publish(after);
  }
  await acts.persistTransition(decision.transition);
};

/**
 * Carries out a decision's effects in order. The new model takes effect at once (every write is keyed, so a retry
 * is harmless), except after a sign-off decision, which counts only once it is recorded.
 */
export const runLifecycleEffects = async (effects: LifecycleEffect[], hooks: EffectHooks): Promise<void> => {
  const activities = hooks.activities ?? acts;
  if (effects[0]?.type !== 'recordDecision') hooks.publish(hooks.after);
  for (const effect of effects) {
    switch (effect.type) {
      case 'recordTransition':
        await activities.persistTransition(effect.transition);
        break;
      case 'notify':
        await notifyBestEffort(activities, effect.notification);
        break;
      case 'reopenAssessment':
        await activities.setAssessmentStatus({
          tenantId: hooks.after.tenantId,
          assessmentId: effect.assessmentId,
          status: 'in_progress',
        });
        break;
      case 'recordDecision':
        if (patched(DECISION_IN_ONE_ACTIVITY)) {
          await acts.applyDecision(effect.decision);
          hooks.publish(hooks.after);
        } else {
          await recordDecisionInThreeSteps(effect.decision, hooks);
        }
        break;
      case 'completeCycle':
        hooks.completeCycle();
        break;
    }
  }
};

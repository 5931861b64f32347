import type { LifecycleEffect, LifecycleModel } from '@kizuna/domain/lifecycle';
import { patched, proxyActivities } from '@temporalio/workflow';
import type { LifecycleActivities } from '../lifecycle-activities.js';

export const lifecycleActivities = proxyActivities<LifecycleActivities>({
  // Short, so an attempt lost with a crashed worker is retried well within the API's wait for the update.
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '10 seconds', maximumAttempts: 20 },
});
const acts = lifecycleActivities;

// Patch ids: a change to running workflow code is branched on one of these, never made in place.
const DECISION_IN_ONE_ACTIVITY = 'decision-in-one-activity';

export type EffectHooks = {
  before: LifecycleModel;
  after: LifecycleModel;
  /** Makes a model the workflow's current one (what queries answer and the timer loop watches). */
  publish(model: LifecycleModel): void;
  completeCycle(): void;
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
  if (effects[0]?.type !== 'recordDecision') hooks.publish(hooks.after);
  for (const effect of effects) {
    switch (effect.type) {
      case 'recordTransition':
        await acts.persistTransition(effect.transition);
        break;
      case 'notify':
        await acts.notify(effect.notification);
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

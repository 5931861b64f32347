import type { ApplyDecisionInput } from '../../sign-offs/sign-off-ports.js';
import type { TransitionInput } from '../lifecycle-ports.js';
import type { NotifyInput } from '../../notifications/notification-ports.js';
import type { LifecycleRefusal } from './lifecycle-messages.js';
import type { LifecycleModel, LifecycleState } from './lifecycle-model.js';

// What a decision asks the workflow to carry out, in order; each effect is one idempotent activity.
export type LifecycleEffect =
  | { type: 'recordTransition'; transition: TransitionInput }
  | { type: 'notify'; notification: NotifyInput }
  /** Sign-off, assessment status and transition in one write; the model takes effect once it is recorded. */
  | { type: 'recordDecision'; decision: ApplyDecisionInput }
  /** The sealed assessment is open for answers again (its snapshot no longer shows the system). */
  | { type: 'reopenAssessment'; assessmentId: string }
  /** The cycle is over: the workflow continues as new with the model. */
  | { type: 'completeCycle' };

export type LifecycleOutcome =
  { ok: true; model: LifecycleModel; effects: LifecycleEffect[] } | { ok: false; refusal: LifecycleRefusal };

export const isoAt = (ms: number) => new Date(ms).toISOString();

/** Moves the model to `to` as transition seq+1 and returns the effect that records it. */
export const transitionTo = (
  model: LifecycleModel,
  to: LifecycleState,
  step: { action: string; actorId: string; at: number; data?: Record<string, unknown> },
  projection: TransitionInput['projection'] = {},
): { model: LifecycleModel; effect: LifecycleEffect } => {
  const seq = model.seq + 1;
  return {
    model: { ...model, state: to, seq },
    effect: {
      type: 'recordTransition',
      transition: {
        tenantId: model.tenantId,
        systemId: model.systemId,
        seq,
        fromState: model.state,
        toState: to,
        action: step.action,
        actorId: step.actorId,
        at: isoAt(step.at),
        data: step.data ?? {},
        projection,
      },
    },
  };
};

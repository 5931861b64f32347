import type { LifecycleModel } from './lifecycle-model.js';

// The durable timers of a lifecycle: at most one is pending at a time, the earliest of what the state asks for.
export type LifecycleTimer =
  | { kind: 'signoff_reminder' }
  | { kind: 'signoff_escalation'; step: number }
  | { kind: 'condition_reminder'; conditionId: string }
  | { kind: 'condition_due'; conditionId: string }
  | { kind: 'periodic_review' };

export type ScheduledTimer = { timer: LifecycleTimer; at: number };

/** The stable name of a timer, as shown in the live state (`nextTimer.kind`). */
export const timerKey = (timer: LifecycleTimer): string => {
  switch (timer.kind) {
    case 'signoff_escalation':
      return `signoff_escalation_${timer.step}`;
    case 'condition_reminder':
    case 'condition_due':
      return `${timer.kind}:${timer.conditionId}`;
    default:
      return timer.kind;
  }
};

const days = (model: LifecycleModel, n: number) => n * model.timing.dayMs;

// A sign-off is reminded once, then escalated twice; an active system waits on its conditions and its next review.
export const nextTimer = (model: LifecycleModel): ScheduledTimer | null => {
  if (model.state === 'signoff' && model.submittedAt !== null) {
    const sent = model.escalationsSent;
    if (sent === 0)
      return {
        timer: { kind: 'signoff_reminder' },
        at: model.submittedAt + days(model, model.timing.signoffReminderDays),
      };
    if (sent <= 2)
      return {
        timer: { kind: 'signoff_escalation', step: sent },
        at: model.submittedAt + days(model, model.timing.escalationDays) * sent,
      };
    return null;
  }
  if (model.state !== 'active') return null;
  const candidates: ScheduledTimer[] = [];
  for (const c of model.conditions) {
    if (!c.reminded)
      candidates.push({
        timer: { kind: 'condition_reminder', conditionId: c.id },
        at: c.dueAt - days(model, model.timing.conditionReminderDays),
      });
    candidates.push({ timer: { kind: 'condition_due', conditionId: c.id }, at: c.dueAt });
  }
  if (model.nextReviewAt !== null) candidates.push({ timer: { kind: 'periodic_review' }, at: model.nextReviewAt });
  // Stable sort: on a tie the earlier-listed timer (a condition before the review) fires first, as it always has.
  return candidates.sort((a, b) => a.at - b.at)[0] ?? null;
};

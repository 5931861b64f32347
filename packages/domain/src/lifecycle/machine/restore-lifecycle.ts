import { conditionDueAt } from './decide-sign-off-outcome.js';
import type { LifecycleInput, LifecycleTiming } from './lifecycle-model.js';
import type { LifecycleProjection } from './lifecycle-projection.js';

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

// Reminders already sent are not known here: their timers fire again at once and the notifications, keyed by
// dedupe key, are not sent twice.
export const restoreLifecycleInput = (
  ids: { tenantId: string; systemId: string },
  projection: LifecycleProjection,
  timing: LifecycleTiming,
): LifecycleInput => {
  const { conditions, submittedAt, nextReviewAt, timing: policyTiming, ...rest } = projection;
  const merged = { ...timing, ...policyTiming, dayMs: timing.dayMs };
  return {
    ...ids,
    ...rest,
    submittedAt: ms(submittedAt),
    nextReviewAt: ms(nextReviewAt),
    escalationsSent: 0,
    conditions: (conditions ?? []).map((c) => ({
      id: c.id,
      ownerId: c.ownerId,
      dueAt: conditionDueAt(Date.parse(c.decidedAt), c.dueDate, merged.dayMs),
      reminded: false,
      ...(c.fulfilment && { fulfilment: c.fulfilment }),
    })),
    timing: merged,
  };
};

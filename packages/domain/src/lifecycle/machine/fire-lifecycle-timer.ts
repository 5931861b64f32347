import type { NotifyInput } from '../../notifications/notification-ports.js';
import { isoAt, transitionTo, type LifecycleEffect, type LifecycleOutcome } from './lifecycle-effects.js';
import type { LifecycleModel } from './lifecycle-model.js';
import type { LifecycleTimer } from './lifecycle-timers.js';

const notify = (model: LifecycleModel, n: Omit<NotifyInput, 'tenantId' | 'systemId'>): LifecycleEffect => ({
  type: 'notify',
  notification: { tenantId: model.tenantId, systemId: model.systemId, ...n },
});

// Reminder to the approvers, then the tenant admin, then any other executive; never the submitter or a signer.
const signOffNudge = (model: LifecycleModel): LifecycleOutcome => {
  const step = model.escalationsSent;
  const notYet = [...model.approvals.map((a) => a.signerId), model.submittedBy ?? ''];
  const recipients =
    step === 0
      ? { roles: [model.policy?.approverRole ?? 'executive'], excludeUserIds: notYet }
      : step === 1
        ? { roles: ['tenant_admin'] }
        : { roles: ['executive'], excludeUserIds: notYet };
  return {
    ok: true,
    model: { ...model, escalationsSent: step + 1 },
    effects: [
      notify(model, {
        kind: step === 0 ? 'signoff_reminder' : 'signoff_escalated',
        recipients,
        payload: { assessmentId: model.assessmentId, step },
        dedupeKey: `signoff_timer:${model.assessmentId}:${model.snapshotHash}:${step}`,
      }),
    ],
  };
};

/** A timer that came due (the periodic review, which opens a cycle, is decided with the other cycle openers). */
export const fireLifecycleTimer = (
  model: LifecycleModel,
  timer: Exclude<LifecycleTimer, { kind: 'periodic_review' }>,
  at: number,
): LifecycleOutcome => {
  if (timer.kind === 'signoff_reminder' || timer.kind === 'signoff_escalation') return signOffNudge(model);
  const condition = model.conditions.find((c) => c.id === timer.conditionId);
  if (!condition) return { ok: true, model, effects: [] };
  if (timer.kind === 'condition_reminder') {
    const conditions = model.conditions.map((c) => (c.id === condition.id ? { ...c, reminded: true } : c));
    return {
      ok: true,
      model: { ...model, conditions },
      effects: [
        notify(model, {
          kind: 'condition_due_soon',
          recipients: { userIds: [condition.ownerId] },
          payload: { conditionId: condition.id, dueAt: isoAt(condition.dueAt) },
          dedupeKey: `condition_reminder:${condition.id}`,
        }),
      ],
    };
  }
  // Lapsed: the owner and the governance officers hear of it; the tenant's policy decides whether it suspends.
  const remaining = { ...model, conditions: model.conditions.filter((c) => c.id !== condition.id) };
  const lapsed = notify(model, {
    kind: 'condition_lapsed',
    recipients: { userIds: [condition.ownerId], roles: ['governance_officer'] },
    payload: { conditionId: condition.id },
    dedupeKey: `condition_lapsed:${condition.id}`,
  });
  if (!model.timing.suspendOnLapsedCondition) return { ok: true, model: remaining, effects: [lapsed] };
  const { model: next, effect } = transitionTo(remaining, 'suspended', {
    action: 'condition.lapsed',
    actorId: 'system',
    at,
    data: { conditionId: condition.id },
  });
  return { ok: true, model: next, effects: [lapsed, effect] };
};

import { isoAt, transitionTo, type LifecycleEffect, type LifecycleOutcome } from './lifecycle-effects.js';
import type { DecideArgs } from './lifecycle-messages.js';
import type { LifecycleModel, LifecycleState, OpenCondition } from './lifecycle-model.js';

const DEFAULT_REVIEW_CADENCE_DAYS = 365;

// Due instants derive from the decision's own time: whole days from the decision date to the due date, each
// `dayMs` long (a real day in production, shorter in tests).
export const conditionDueAt = (decidedAt: number, dueDate: string, dayMs: number): number => {
  const decisionDay = Date.parse(`${isoAt(decidedAt).slice(0, 10)}T00:00:00Z`);
  return decidedAt + dayMs * Math.max(0, (Date.parse(`${dueDate}T00:00:00Z`) - decisionDay) / 86_400_000);
};

export const scheduleConditions = (
  model: LifecycleModel,
  args: DecideArgs,
  ids: string[],
  decidedAt: number,
): OpenCondition[] =>
  args.conditions.map((c, i) => ({
    id: ids[i]!,
    ownerId: c.ownerId,
    dueAt: conditionDueAt(decidedAt, c.dueDate, model.timing.dayMs),
    reminded: false,
  }));

/**
 * One executive's decision on the sealed assessment. A rejection sends the cycle back for changes; an approval
 * counts towards the quorum and, once it is met, activates the system with its conditions and next review.
 */
export const decideSignOffOutcome = (
  model: LifecycleModel,
  args: DecideArgs,
  decidedAt: number,
  conditionIds: string[],
): LifecycleOutcome => {
  const quorum = model.policy?.quorum ?? 1;
  const approvals = [...model.approvals, { signerId: args.actorId, decision: args.decision }];
  const granted = approvals.filter((a) => a.decision !== 'reject').length;
  const outcome = args.decision === 'reject' ? 'rejected' : granted < quorum ? 'recorded' : 'approved';
  const reviewAt = decidedAt + model.timing.dayMs * (model.policy?.reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS);
  const back: LifecycleState = model.cycleKind === 'review' ? 'review' : 'assessment';
  const { assessmentId } = model;
  const step = {
    rejected: { to: back, action: 'signoff.rejected', data: { assessmentId, comment: args.comment } },
    recorded: {
      to: 'signoff' as const,
      action: 'signoff.approval_recorded',
      data: { assessmentId, decision: args.decision, approvals: granted, quorum },
    },
    approved: {
      to: 'active' as const,
      action: 'signoff.approved',
      data: { assessmentId, approvals, conditions: args.conditions },
    },
  }[outcome];
  const decided: LifecycleModel =
    outcome === 'rejected'
      ? { ...model, snapshotHash: null, approvals: [] }
      : {
          ...model,
          approvals,
          conditions: [...model.conditions, ...scheduleConditions(model, args, conditionIds, decidedAt)],
          nextReviewAt: outcome === 'approved' ? reviewAt : model.nextReviewAt,
        };
  const { model: next, effect } = transitionTo(
    decided,
    step.to,
    { action: step.action, actorId: args.actorId, at: decidedAt, data: step.data },
    outcome === 'approved' ? { nextReviewAt: isoAt(reviewAt) } : {},
  );
  if (effect.type !== 'recordTransition') throw new TypeError('transitionTo must yield a transition');
  const record: LifecycleEffect = {
    type: 'recordDecision',
    decision: {
      signOff: {
        tenantId: model.tenantId,
        systemId: model.systemId,
        submittedBy: model.submittedBy!,
        conditionIds,
        decidedAt: isoAt(decidedAt),
        ...args,
      },
      assessmentStatus: outcome === 'rejected' ? 'in_progress' : outcome === 'approved' ? 'approved' : null,
      transition: effect.transition,
    },
  };
  return { ok: true, model: next, effects: outcome === 'approved' ? [record, { type: 'completeCycle' }] : [record] };
};

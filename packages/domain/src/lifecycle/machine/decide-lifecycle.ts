import { mayConfirmCondition } from '@kizuna/authz/sign-off-rule';
import { checkLifecycleCommand } from './check-lifecycle-command.js';
import { decideSignOffOutcome } from './decide-sign-off-outcome.js';
import { transitionTo, type LifecycleEffect, type LifecycleOutcome } from './lifecycle-effects.js';
import type { LifecycleCommand, LifecycleUpdateArgs } from './lifecycle-messages.js';
import type { LifecycleModel } from './lifecycle-model.js';
import { rulesOf, type LifecycleRules } from './lifecycle-rules.js';
import type { SealedAssessment } from './sealed-assessment.js';
import { fireLifecycleTimer } from './fire-lifecycle-timer.js';

// The lifecycle's transition function: (model, command, facts) → the next model and the effects to carry out,
// in order. The workflow only runs the effects (activities) and keeps the model; every rule lives here.

/** Work that must happen before the command is decided, because the decision needs its result. */
export type LifecyclePreparation =
  { type: 'openCycle'; kind: 'initial' | 'review' } | { type: 'seal'; assessmentId: string; submittedBy: string };

/** What the workflow learned before deciding: the instant, and the results of the preparation. */
export type LifecycleFacts = {
  at: number;
  openedAssessmentId?: string;
  sealed?: SealedAssessment;
  /** One fresh id per condition of a decision (workflow-made, so replay gives the same ids). */
  conditionIds?: string[];
  /** The rules the command runs under (all current ones when absent; see lifecycle-rules.ts). */
  rules?: Partial<LifecycleRules>;
};

export const prepareLifecycleCommand = (
  command: LifecycleCommand,
  model: Pick<LifecycleModel, 'state'>,
): LifecyclePreparation | null => {
  switch (command.type) {
    case 'startAssessment':
      return { type: 'openCycle', kind: 'initial' };
    case 'openReview':
    case 'reinstate':
      return { type: 'openCycle', kind: 'review' };
    // A changed profile on an active system opens a triggered review (re-resolved requirements, re-computed tier).
    case 'materialChange':
      return model.state === 'active' ? { type: 'openCycle', kind: 'review' } : null;
    case 'submitAssessment':
      return { type: 'seal', assessmentId: command.args.assessmentId, submittedBy: command.args.actorId };
    case 'timer':
      return command.timer.kind === 'periodic_review' ? { type: 'openCycle', kind: 'review' } : null;
    default:
      return null;
  }
};

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new TypeError(`decideLifecycle needs ${what} for this command`);
  return value;
};

// A new assessment cycle is open: the model points at it and forgets the previous sign-off.
const enterCycle = (
  model: LifecycleModel,
  facts: LifecycleFacts,
  to: 'assessment' | 'review',
  step: { action: string; actorId: string; kind: 'initial' | 'review'; note?: string | null },
) => {
  const assessmentId = need(facts.openedAssessmentId, 'the opened assessment');
  const opened: LifecycleModel = {
    ...model,
    cycleKind: step.kind === 'review' ? 'review' : model.cycleKind,
    assessmentId,
    approvals: [],
    excludedSigners: [],
    snapshotHash: null,
    submittedBy: null,
    submittedAt: null,
  };
  const { model: next, effect } = transitionTo(
    opened,
    to,
    {
      action: step.action,
      actorId: step.actorId,
      at: facts.at,
      data: { assessmentId, kind: step.kind, ...(step.note ? { note: step.note } : {}) },
    },
    { currentAssessmentId: assessmentId },
  );
  const effects: LifecycleEffect[] = [effect];
  // Officers hear of every review that opens, whoever (or whatever timer) opened it.
  if (to === 'review' && rulesOf(facts.rules).reviewNotice)
    effects.push({
      type: 'notify',
      notification: {
        tenantId: model.tenantId,
        systemId: model.systemId,
        kind: 'review_opened',
        recipients: { roles: ['governance_officer'], excludeUserIds: [step.actorId] },
        payload: { assessmentId, action: step.action },
        dedupeKey: `review_opened:${assessmentId}`,
      },
    });
  return { ok: true as const, model: next, effects };
};

// The person a condition binds has submitted it (it stays open), or someone who may confirm it has (it closes).
const closeCondition = (
  model: LifecycleModel,
  args: LifecycleUpdateArgs['closeCondition'],
  facts: LifecycleFacts,
): LifecycleOutcome => {
  const { conditionId, note, actorId } = args;
  const condition = model.conditions.find((c) => c.id === conditionId)!;
  const evidenceIds = [...new Set([...(condition.fulfilment?.evidenceIds ?? []), ...(args.evidenceIds ?? [])])];
  if (!mayConfirmCondition({ userId: actorId, roles: args.actorRoles ?? [] }, condition)) {
    const fulfilment = { by: actorId, evidenceIds, note };
    const submitted = {
      ...model,
      conditions: model.conditions.map((c) => (c.id === conditionId ? { ...c, fulfilment } : c)),
    };
    const { model: next, effect } = transitionTo(submitted, model.state, {
      action: 'condition.fulfilment_submitted',
      actorId,
      at: facts.at,
      data: { conditionId, note, evidenceIds },
    });
    const ask: LifecycleEffect = {
      type: 'notify',
      notification: {
        tenantId: model.tenantId,
        systemId: model.systemId,
        kind: 'condition_confirmation_requested',
        recipients: { roles: ['governance_officer'], excludeUserIds: [actorId] },
        payload: { conditionId, evidenceIds },
        dedupeKey: `condition_confirmation_requested:${conditionId}:${next.seq}`,
      },
    };
    return { ok: true, model: next, effects: [effect, ask] };
  }
  const remaining = { ...model, conditions: model.conditions.filter((c) => c.id !== conditionId) };
  const { model: next, effect } = transitionTo(remaining, model.state, {
    action: 'condition.fulfilled',
    actorId,
    at: facts.at,
    data: {
      conditionId,
      note,
      evidenceIds,
      confirmedBy: actorId,
      ...(condition.fulfilment && { submittedBy: condition.fulfilment.by, submittedNote: condition.fulfilment.note }),
    },
  });
  return { ok: true, model: next, effects: [effect] };
};

// The profile or roles changed. In sign-off the sealed snapshot no longer shows the system: back to the assessment,
// reopened for answers to the re-resolved requirements. Active: a triggered review. Elsewhere nothing is signed or
// pending, and the next seal reads the new profile anyway.
const changeMaterially = (
  model: LifecycleModel,
  args: LifecycleUpdateArgs['materialChange'],
  facts: LifecycleFacts,
): LifecycleOutcome => {
  const note = `Material change: ${args.changes.join(', ')}`;
  if (model.state === 'active')
    return enterCycle(model, facts, 'review', {
      action: 'review.opened.material_change',
      actorId: args.actorId,
      kind: 'review',
      note,
    });
  if (model.state !== 'signoff') return { ok: true, model, effects: [] };
  const { assessmentId, snapshotHash } = model;
  const reopened: LifecycleModel = {
    ...model,
    snapshotHash: null,
    approvals: [],
    excludedSigners: [],
    submittedBy: null,
    submittedAt: null,
    escalationsSent: 0,
  };
  const { model: next, effect } = transitionTo(reopened, model.cycleKind === 'review' ? 'review' : 'assessment', {
    action: 'signoff.invalidated',
    actorId: args.actorId,
    at: facts.at,
    data: { assessmentId, snapshotHash, changes: args.changes },
  });
  const effects: LifecycleEffect[] = [effect];
  if (assessmentId) effects.push({ type: 'reopenAssessment', assessmentId });
  return { ok: true, model: next, effects };
};

const submit = (model: LifecycleModel, actorId: string, facts: LifecycleFacts): LifecycleOutcome => {
  const sealed = need(facts.sealed, 'the sealed assessment');
  const submitted: LifecycleModel = {
    ...model,
    snapshotHash: sealed.snapshotHash,
    policy: sealed.policy,
    excludedSigners: sealed.excludedSigners ?? [],
    // The tenant's policy sets the reminder rhythm; the length of a day stays what the workflow was given.
    timing: { ...model.timing, ...sealed.timing, dayMs: model.timing.dayMs },
    submittedBy: actorId,
    submittedAt: facts.at,
    approvals: [],
    escalationsSent: 0,
  };
  const { assessmentId } = model;
  const { quorum, approverRole } = sealed.policy;
  const { model: next, effect } = transitionTo(
    submitted,
    'signoff',
    {
      action: 'assessment.submitted',
      actorId,
      at: facts.at,
      data: { assessmentId, snapshotHash: sealed.snapshotHash, tier: sealed.tier, quorum },
    },
    { risk: sealed.risk },
  );
  const notify: LifecycleEffect = {
    type: 'notify',
    notification: {
      tenantId: model.tenantId,
      systemId: model.systemId,
      kind: 'signoff_requested',
      recipients: { roles: [approverRole], excludeUserIds: [actorId] },
      payload: { assessmentId, tier: sealed.tier, quorum },
      dedupeKey: `signoff_requested:${assessmentId}:${sealed.snapshotHash}`,
    },
  };
  return { ok: true, model: next, effects: [effect, notify] };
};

export const decideLifecycle = (
  model: LifecycleModel,
  command: LifecycleCommand,
  facts: LifecycleFacts,
): LifecycleOutcome => {
  const refused = checkLifecycleCommand(model, command, { at: facts.at, rules: facts.rules });
  if (refused) return { ok: false, refusal: refused };
  switch (command.type) {
    case 'startAssessment':
      return enterCycle(model, facts, 'assessment', {
        action: 'assessment.started',
        actorId: command.args.actorId,
        kind: 'initial',
      });
    case 'openReview':
      return enterCycle(model, facts, 'review', {
        action: `review.opened.${command.args.reason}`,
        actorId: command.args.actorId,
        kind: 'review',
        note: command.args.note ?? null,
      });
    case 'reinstate':
      return enterCycle(model, facts, 'review', {
        action: 'system.reinstated_for_review',
        actorId: command.args.actorId,
        kind: 'review',
      });
    case 'submitAssessment':
      return submit(model, command.args.actorId, facts);
    case 'decide':
      return decideSignOffOutcome(model, command.args, facts.at, need(facts.conditionIds, 'the condition ids'));
    case 'closeCondition': {
      if (rulesOf(facts.rules).conditionConfirmation) return closeCondition(model, command.args, facts);
      // Recorded before conditions needed confirming: whoever fulfilled one closed it.
      const { conditionId, note, actorId } = command.args;
      const remaining = { ...model, conditions: model.conditions.filter((c) => c.id !== conditionId) };
      const { model: next, effect } = transitionTo(remaining, model.state, {
        action: 'condition.fulfilled',
        actorId,
        at: facts.at,
        data: { conditionId, note },
      });
      return { ok: true, model: next, effects: [effect] };
    }
    case 'materialChange':
      return changeMaterially(model, command.args, facts);
    case 'retire': {
      const { model: next, effect } = transitionTo(model, 'retired', {
        action: 'system.retired',
        actorId: command.args.actorId,
        at: facts.at,
      });
      return { ok: true, model: next, effects: [effect] };
    }
    case 'timer':
      if (command.timer.kind === 'periodic_review')
        return enterCycle({ ...model, nextReviewAt: null }, facts, 'review', {
          action: 'review.opened.periodic',
          actorId: 'system',
          kind: 'review',
        });
      return fireLifecycleTimer(model, command.timer, facts.at);
  }
};

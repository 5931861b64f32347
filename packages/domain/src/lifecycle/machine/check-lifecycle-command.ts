import { mayConfirmCondition, mayDecideSignOff, mayFulfilCondition } from '@kizuna/authz/sign-off-rule';
import type { LifecycleCommand, LifecycleRefusal, LifecycleUpdateArgs } from './lifecycle-messages.js';
import type { ExcludedSigner, LifecycleModel, LifecycleState, OpenCondition } from './lifecycle-model.js';
import { rulesOf, type LifecycleRules } from './lifecycle-rules.js';
import { nextTimer, timerKey } from './lifecycle-timers.js';

// Whether a command may run in the current model; the refusal it gets otherwise. Pure: the workflow calls it as
// the update validator (so a refused update leaves no trace in history) and again before applying the update.

/** When the command is checked (the workflow's clock) and under which rules (see lifecycle-rules.ts). */
export type CheckContext = { at: number; rules?: Partial<LifecycleRules> };

const NOT_RETIRED: LifecycleState[] = ['draft', 'assessment', 'signoff', 'active', 'review', 'suspended'];

const ALLOWED_IN: Record<Exclude<LifecycleCommand['type'], 'timer'>, { states: LifecycleState[]; verb: string }> = {
  startAssessment: { states: ['draft'], verb: 'start an assessment' },
  submitAssessment: { states: ['assessment', 'review'], verb: 'submit' },
  decide: { states: ['signoff'], verb: 'decide' },
  openReview: { states: ['active'], verb: 'open a review' },
  // A condition can be fulfilled whatever the state, as long as it is open.
  closeCondition: { states: [...NOT_RETIRED, 'retired'], verb: 'fulfil a condition' },
  retire: { states: NOT_RETIRED, verb: 'retire' },
  reinstate: { states: ['suspended'], verb: 'reinstate' },
  // Each state decides what a changed profile means for it (decide-lifecycle.ts); a retired system has no picture left.
  materialChange: { states: NOT_RETIRED, verb: 'change the profile of the system' },
};

const refusal = (code: LifecycleRefusal['code'], message: string, errors?: LifecycleRefusal['errors']) =>
  ({ code, message, ...(errors && { errors }) }) as LifecycleRefusal;

const WHY_EXCLUDED: Record<ExcludedSigner['reason'], string> = {
  system_owner: 'You own this system',
  answerer: 'You answered this assessment',
  evidence_contributor: 'You added evidence to this system',
};

// The UTC calendar day of an instant, as YYYY-MM-DD (due dates are whole days, counted in UTC).
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

const checkDecision = (
  model: LifecycleModel,
  args: LifecycleUpdateArgs['decide'],
  { at }: CheckContext,
): LifecycleRefusal | null => {
  if (args.assessmentId !== model.assessmentId || args.snapshotHash !== model.snapshotHash)
    return refusal('STALE_SNAPSHOT', 'The assessment changed since you opened it; review the current snapshot');
  if (args.actorId === model.submittedBy)
    return refusal('SEGREGATION_OF_DUTIES', 'The person who submitted this cannot decide it');
  const excluded = model.excludedSigners.find((e) => e.userId === args.actorId);
  if (excluded) return refusal('SEGREGATION_OF_DUTIES', `${WHY_EXCLUDED[excluded.reason]}, so you cannot sign it`);
  if (model.approvals.some((a) => a.signerId === args.actorId))
    return refusal('ALREADY_DECIDED', 'You have already decided this');
  if (
    model.policy &&
    !mayDecideSignOff(
      { userId: args.actorId, roles: args.signerRoles },
      { approverRole: model.policy.approverRole, submittedBy: model.submittedBy ?? '' },
    )
  )
    return refusal('FORBIDDEN', `This tier needs a decision by a ${model.policy.approverRole}`);
  // A condition due before today would lapse (and suspend the system) the moment it is approved.
  const today = dayOf(at);
  const past = args.conditions.flatMap((c, i) =>
    args.decision !== 'reject' && c.dueDate < today
      ? [{ path: `conditions.${i}.dueDate`, message: `must be today (${today}) or later` }]
      : [],
  );
  if (past.length) return refusal('VALIDATION_FAILED', 'A condition cannot be due in the past', past);
  return null;
};

// The person a condition binds submits its fulfilment with evidence; it closes once an officer it does not bind
// confirms it (at once, when that officer is the one fulfilling it).
const checkConditionClosing = (
  condition: OpenCondition,
  args: LifecycleUpdateArgs['closeCondition'],
): LifecycleRefusal | null => {
  const person = { userId: args.actorId, roles: args.actorRoles ?? [] };
  if (!mayFulfilCondition(person, condition))
    return refusal('FORBIDDEN', 'Only the person the condition binds, or a governance officer, may fulfil it');
  const evidence = [...(condition.fulfilment?.evidenceIds ?? []), ...(args.evidenceIds ?? [])];
  if (evidence.length === 0)
    return refusal('VALIDATION_FAILED', 'Attach the evidence that the condition is met', [
      { path: 'evidenceIds', message: 'attach at least one piece of evidence' },
    ]);
  if (!mayConfirmCondition(person, condition) && condition.fulfilment?.by === args.actorId && !args.evidenceIds?.length)
    return refusal('CONFLICT', 'You have submitted this already; a governance officer confirms it');
  return null;
};

export const checkLifecycleCommand = (
  model: LifecycleModel,
  command: LifecycleCommand,
  context: CheckContext,
): LifecycleRefusal | null => {
  if (command.type === 'timer') {
    const pending = nextTimer(model);
    return pending && timerKey(pending.timer) === timerKey(command.timer)
      ? null
      : refusal('CONFLICT', 'That timer is no longer pending');
  }
  const allowed = ALLOWED_IN[command.type];
  if (!allowed.states.includes(model.state))
    return refusal('CONFLICT', `Cannot ${allowed.verb} while the system is ${model.state}`);
  switch (command.type) {
    case 'submitAssessment':
      return command.args.assessmentId === model.assessmentId
        ? null
        : refusal('CONFLICT', 'That is not the open assessment');
    case 'decide':
      return checkDecision(model, command.args, context);
    case 'closeCondition': {
      const condition = model.conditions.find((c) => c.id === command.args.conditionId);
      if (!condition) return refusal('CONFLICT', 'No open condition with that id');
      return rulesOf(context.rules).conditionConfirmation ? checkConditionClosing(condition, command.args) : null;
    }
    default:
      return null;
  }
};

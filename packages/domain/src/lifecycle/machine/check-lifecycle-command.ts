import { mayDecideSignOff } from '@kizuna/authz/sign-off-rule';
import type { LifecycleCommand, LifecycleRefusal, LifecycleUpdateArgs } from './lifecycle-messages.js';
import type { LifecycleModel, LifecycleState } from './lifecycle-model.js';
import { nextTimer, timerKey } from './lifecycle-timers.js';

// Whether a command may run in the current model; the refusal it gets otherwise. Pure: the workflow calls it as
// the update validator (so a refused update leaves no trace in history) and again before applying the update.

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
};

const refusal = (code: LifecycleRefusal['code'], message: string): LifecycleRefusal => ({ code, message });

const checkDecision = (model: LifecycleModel, args: LifecycleUpdateArgs['decide']): LifecycleRefusal | null => {
  if (args.assessmentId !== model.assessmentId || args.snapshotHash !== model.snapshotHash)
    return refusal('STALE_SNAPSHOT', 'The assessment changed since you opened it; review the current snapshot');
  if (args.actorId === model.submittedBy)
    return refusal('SEGREGATION_OF_DUTIES', 'The person who submitted this cannot decide it');
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
  return null;
};

export const checkLifecycleCommand = (model: LifecycleModel, command: LifecycleCommand): LifecycleRefusal | null => {
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
      return checkDecision(model, command.args);
    case 'closeCondition':
      return model.conditions.some((c) => c.id === command.args.conditionId)
        ? null
        : refusal('CONFLICT', 'No open condition with that id');
    default:
      return null;
  }
};

import {
  LIFECYCLE_UPDATES,
  carryOver,
  checkLifecycleCommand,
  decideLifecycle,
  nextTimer,
  prepareLifecycleCommand,
  startModel,
  timerKey,
  toLiveState,
  updateCommand,
  type LifecycleCommand,
  type LifecycleFacts,
  type LifecycleInput,
  type LifecycleModel,
  type LifecycleRefusal,
  type LifecycleRules,
  type LifecycleUpdateArgs,
  type LifecycleUpdateName,
  type LiveState,
} from '@kizuna/domain/lifecycle';
import type { UpdateDefinition } from '@temporalio/common';
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { LIFECYCLE_UPDATE_DEFINITIONS, getStateQuery } from '../lifecycle-definitions.js';
import { lifecycleActivities, runLifecycleEffects, timerActivities } from './run-lifecycle-effects.js';
import { workflowNow } from './workflow-clock.js';

// Patch ids of rules added after runs were recorded (see the domain's lifecycle-rules.ts).
const CONDITION_CONFIRMATION = 'condition-confirmation';
const REVIEW_OPENED_NOTICE = 'review-opened-notice';

const refuseIf = (refusal: LifecycleRefusal | null): void => {
  if (refusal)
    throw ApplicationFailure.create({
      type: refusal.code,
      message: refusal.message,
      nonRetryable: true,
      // The gateway hands these on as the problem's per-field errors.
      details: refusal.errors ? [refusal.errors] : [],
    });
};

// What the timer loop watches. These are the fields the loop has always compared: waking on anything else would
// move timer commands in recorded histories.
const watched = (m: LifecycleModel) =>
  `${m.state}|${m.seq}|${m.conditions.length}|${m.nextReviewAt}|${m.escalationsSent}`;

// One per AI system: the only writer of its lifecycle state, a thin shell around the domain's state machine.
// Humans act through Updates (validated first, so a refused action leaves no trace); timers drive reminders,
// escalation, conditions and periodic review.
export async function aiSystemLifecycle(input: LifecycleInput): Promise<void> {
  let model = startModel(input);
  let busy = false;
  let cycleCompleted = false;
  const { tenantId, systemId } = model;

  // Updates and timers run one at a time: a second decision waits until the first has been recorded.
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    await condition(() => !busy);
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  };

  // Which rules a command runs under: a rule added after runs were recorded applies only where its patch marker is
  // (or, live, gets) recorded, so older histories replay as they ran. Asked only where the rule matters.
  const rulesFor = (command: LifecycleCommand): LifecycleRules => {
    const preparation = prepareLifecycleCommand(command, model);
    return {
      conditionConfirmation: command.type === 'closeCondition' ? patched(CONDITION_CONFIRMATION) : true,
      reviewNotice:
        preparation?.type === 'openCycle' && preparation.kind === 'review' ? patched(REVIEW_OPENED_NOTICE) : true,
    };
  };

  // The activity results and the instant the decision needs, in the order the workflow has always asked for them.
  const gatherFacts = async (command: LifecycleCommand): Promise<LifecycleFacts> => {
    const preparation = prepareLifecycleCommand(command, model);
    const acts = command.type === 'timer' ? timerActivities : lifecycleActivities;
    const facts: Omit<LifecycleFacts, 'at'> = {};
    if (preparation?.type === 'openCycle') {
      const opened = await acts.openAssessmentCycle({ tenantId, systemId, kind: preparation.kind });
      facts.openedAssessmentId = opened.assessmentId;
    } else if (preparation?.type === 'seal') {
      const { assessmentId, submittedBy } = preparation;
      facts.sealed = await acts.sealAssessment({ tenantId, systemId, assessmentId, submittedBy });
    }
    if (command.type === 'decide') facts.conditionIds = command.args.conditions.map(() => uuid4());
    return { ...facts, at: workflowNow() };
  };

  const run = async (command: LifecycleCommand): Promise<void> => {
    const rules = rulesFor(command);
    refuseIf(checkLifecycleCommand(model, command, { at: workflowNow(), rules }));
    const outcome = decideLifecycle(model, command, { ...(await gatherFacts(command)), rules });
    if (!outcome.ok) return refuseIf(outcome.refusal);
    await runLifecycleEffects(outcome.effects, {
      before: model,
      after: outcome.model,
      publish: (next) => (model = next),
      completeCycle: () => (cycleCompleted = true),
      ...(command.type === 'timer' && { activities: timerActivities }),
    });
  };

  const handle = <K extends LifecycleUpdateName>(name: K) => {
    type Args = [LifecycleUpdateArgs[K]];
    const definition: UpdateDefinition<LiveState, Args> = LIFECYCLE_UPDATE_DEFINITIONS[name];
    setHandler<LiveState, Args, UpdateDefinition<LiveState, Args>>(
      definition,
      (args: LifecycleUpdateArgs[K]) =>
        exclusive(async () => {
          await run(updateCommand(name, args));
          return toLiveState(model);
        }),
      {
        validator: (args: LifecycleUpdateArgs[K]) =>
          refuseIf(checkLifecycleCommand(model, updateCommand(name, args), { at: workflowNow() })),
      },
    );
  };
  setHandler(getStateQuery, () => toLiveState(model));
  for (const name of LIFECYCLE_UPDATES) handle(name);

  for (;;) {
    if (model.state === 'retired') {
      // Let the retire update finish writing its transition and answer its caller before the run ends.
      await condition(allHandlersFinished);
      return;
    }
    if (cycleCompleted || (workflowInfo().continueAsNewSuggested && !busy)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof aiSystemLifecycle>(carryOver(model));
    }
    const seen = watched(model);
    const changed = () => cycleCompleted || watched(model) !== seen;
    const pending = nextTimer(model);
    if (!pending) {
      await condition(changed);
      continue;
    }
    if (await condition(changed, Math.max(0, pending.at - workflowNow()))) continue;
    // Due: fire it unless an update changed things meanwhile (the loop then recomputes the next timer).
    await exclusive(async () => {
      const still = nextTimer(model);
      if (still && timerKey(still.timer) === timerKey(pending.timer))
        await run({ type: 'timer', timer: pending.timer });
    });
  }
}

import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  patched,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { LifecycleActivities } from '../lifecycle-activities.js';
import {
  DEFAULT_TIMING,
  REFUSAL,
  closeConditionUpdate,
  decideUpdate,
  getStateQuery,
  openReviewUpdate,
  reinstateUpdate,
  retireUpdate,
  startAssessmentUpdate,
  submitAssessmentUpdate,
  type Approval,
  type ApproverPolicy,
  type DecideArgs,
  type LifecycleInput,
  type LifecycleState,
  type LiveState,
  type OpenCondition,
} from '../lifecycle-definitions.js';
import { workflowNow } from './workflow-clock.js';

const acts = proxyActivities<LifecycleActivities>({
  // Short, so an attempt lost with a crashed worker is retried well within the API's wait for the update.
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '10 seconds', maximumAttempts: 20 },
});

// Patch ids: a change to running workflow code is branched on one of these, never made in place.
const DECISION_IN_ONE_ACTIVITY = 'decision-in-one-activity';

const refuse = (type: string, message: string): never => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
};

// One per AI system: the only writer of its lifecycle state. Humans act through Updates (validated first,
// so a refused action leaves no trace); timers drive reminders, escalation, conditions and periodic review.
export async function aiSystemLifecycle(input: LifecycleInput): Promise<void> {
  let timing = { ...DEFAULT_TIMING, ...input.timing };
  const { tenantId, systemId } = input;
  let state: LifecycleState = input.state;
  let seq = input.seq;
  let assessmentId = input.assessmentId ?? null;
  let submittedBy = input.submittedBy ?? null;
  let submittedAt = input.submittedAt ?? null;
  let snapshotHash = input.snapshotHash ?? null;
  let policy: ApproverPolicy | null = input.policy ?? null;
  let approvals: Approval[] = input.approvals ?? [];
  let escalationsSent = input.escalationsSent ?? 0;
  let conditions: OpenCondition[] = input.conditions ?? [];
  let nextReviewAt = input.nextReviewAt ?? null;
  let cycleCompleted = false;
  let busy = false;
  let cycleKind: 'initial' | 'review' = state === 'review' ? 'review' : 'initial';

  const day = (n: number) => n * timing.dayMs;
  const iso = (ms: number) => new Date(ms).toISOString();

  // Writes the projection and the audit event; the activity is a no-op for a seq it has already applied.
  const transition = async (
    to: LifecycleState,
    action: string,
    actorId: string,
    data: Record<string, unknown> = {},
    projection: Parameters<typeof acts.persistTransition>[0]['projection'] = {},
  ) => {
    const from = state;
    seq += 1;
    state = to;
    await acts.persistTransition({
      tenantId,
      systemId,
      seq,
      fromState: from,
      toState: to,
      action,
      actorId,
      at: iso(workflowNow()),
      data,
      projection,
    });
  };

  const pendingTimer = (): { kind: string; at: number } | null => {
    if (state === 'signoff' && submittedAt !== null) {
      if (escalationsSent === 0) return { kind: 'signoff_reminder', at: submittedAt + day(timing.signoffReminderDays) };
      if (escalationsSent <= 2)
        return {
          kind: `signoff_escalation_${escalationsSent}`,
          at: submittedAt + day(timing.escalationDays) * escalationsSent,
        };
      return null;
    }
    if (state === 'active') {
      const timers: { kind: string; at: number }[] = [];
      for (const c of conditions) {
        if (!c.reminded)
          timers.push({ kind: `condition_reminder:${c.id}`, at: c.dueAt - day(timing.conditionReminderDays) });
        timers.push({ kind: `condition_due:${c.id}`, at: c.dueAt });
      }
      if (nextReviewAt !== null) timers.push({ kind: 'periodic_review', at: nextReviewAt });
      return timers.sort((a, b) => a.at - b.at)[0] ?? null;
    }
    return null;
  };

  const live = (): LiveState => {
    const timer = pendingTimer();
    return {
      state,
      seq,
      assessmentId,
      snapshotHash,
      submittedBy,
      quorum: policy?.quorum ?? null,
      approverRole: policy?.approverRole ?? null,
      approvals,
      openConditions: conditions.map((c) => ({ id: c.id, ownerId: c.ownerId, dueAt: iso(c.dueAt) })),
      nextTimer: timer ? { kind: timer.kind, at: iso(timer.at) } : null,
    };
  };

  // Updates run one at a time: a second decision waits until the first has been recorded.
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    await condition(() => !busy);
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  };

  const requireState = (allowed: LifecycleState[], action: string) => {
    if (!allowed.includes(state)) refuse(REFUSAL.wrongState, `Cannot ${action} while the system is ${state}`);
  };

  const openCycle = async (
    kind: 'initial' | 'review',
    actorId: string,
    action: string,
    to: 'assessment' | 'review',
  ) => {
    const opened = await acts.openAssessmentCycle({ tenantId, systemId, kind });
    assessmentId = opened.assessmentId;
    approvals = [];
    snapshotHash = null;
    submittedBy = null;
    submittedAt = null;
    await transition(to, action, actorId, { assessmentId, kind }, { currentAssessmentId: assessmentId });
  };

  setHandler(getStateQuery, live);

  setHandler(
    startAssessmentUpdate,
    (args) =>
      exclusive(async () => {
        requireState(['draft'], 'start an assessment');
        await openCycle('initial', args.actorId, 'assessment.started', 'assessment');
        return live();
      }),
    { validator: (_args) => requireState(['draft'], 'start an assessment') },
  );

  setHandler(
    submitAssessmentUpdate,
    (args) =>
      exclusive(async () => {
        requireState(['assessment', 'review'], 'submit');
        if (args.assessmentId !== assessmentId) refuse(REFUSAL.wrongState, 'That is not the open assessment');
        const sealed = await acts.sealAssessment({
          tenantId,
          systemId,
          assessmentId: args.assessmentId,
          submittedBy: args.actorId,
        });
        snapshotHash = sealed.snapshotHash;
        policy = sealed.policy;
        // The tenant's policy sets the reminder rhythm; the length of a day stays what the workflow was given.
        timing = { ...timing, ...sealed.timing, dayMs: timing.dayMs };
        submittedBy = args.actorId;
        submittedAt = workflowNow();
        approvals = [];
        escalationsSent = 0;
        await transition(
          'signoff',
          'assessment.submitted',
          args.actorId,
          { assessmentId, snapshotHash, tier: sealed.tier, quorum: policy.quorum },
          { risk: sealed.risk },
        );
        await acts.notify({
          tenantId,
          systemId,
          kind: 'signoff_requested',
          recipients: { roles: [policy.approverRole], excludeUserIds: [args.actorId] },
          payload: { assessmentId, tier: sealed.tier, quorum: policy.quorum },
          dedupeKey: `signoff_requested:${assessmentId}:${snapshotHash}`,
        });
        return live();
      }),
    {
      validator: (args) => {
        requireState(['assessment', 'review'], 'submit');
        if (args.assessmentId !== assessmentId) refuse(REFUSAL.wrongState, 'That is not the open assessment');
      },
    },
  );

  const validateDecision = (args: DecideArgs) => {
    requireState(['signoff'], 'decide');
    if (args.assessmentId !== assessmentId || args.snapshotHash !== snapshotHash) {
      refuse(REFUSAL.staleSnapshot, 'The assessment changed since you opened it; review the current snapshot');
    }
    if (args.actorId === submittedBy) refuse(REFUSAL.segregation, 'The person who submitted this cannot decide it');
    if (approvals.some((a) => a.signerId === args.actorId))
      refuse(REFUSAL.alreadyDecided, 'You have already decided this');
    if (policy && !args.signerRoles.includes(policy.approverRole)) {
      refuse(REFUSAL.notApprover, `This tier needs a decision by a ${policy.approverRole}`);
    }
  };

  // Due instants derive from the decision's own time: whole days from the decision date to the due date, each
  // `dayMs` long (a real day in production, shorter in tests).
  const conditionsOf = (args: DecideArgs, ids: string[], decidedAt: number): OpenCondition[] => {
    const decisionDay = Date.parse(`${iso(decidedAt).slice(0, 10)}T00:00:00Z`);
    return args.conditions.map((c, i) => ({
      id: ids[i]!,
      ownerId: c.ownerId,
      dueAt: decidedAt + day(Math.max(0, (Date.parse(`${c.dueDate}T00:00:00Z`) - decisionDay) / 86_400_000)),
      reminded: false,
    }));
  };

  // The decision's outcome is worked out here, then written in one activity and one transaction (sign-off, assessment
  // status, transition, audit events), so a sign-off costs one round trip to the worker instead of three.
  const decideInOneActivity = async (
    args: DecideArgs,
    signOff: Parameters<typeof acts.applyDecision>[0]['signOff'],
    conditionIds: string[],
    decidedAt: number,
  ): Promise<LiveState> => {
    const quorum = policy?.quorum ?? 1;
    const nextApprovals = [...approvals, { signerId: args.actorId, decision: args.decision }];
    const granted = nextApprovals.filter((a) => a.decision !== 'reject').length;
    const outcome = args.decision === 'reject' ? 'rejected' : granted < quorum ? 'recorded' : 'approved';
    const reviewAt = decidedAt + day(policy?.reviewCadenceDays ?? 365);
    const to: LifecycleState =
      outcome === 'rejected'
        ? cycleKind === 'review'
          ? 'review'
          : 'assessment'
        : outcome === 'recorded'
          ? 'signoff'
          : 'active';
    const step = {
      rejected: {
        action: 'signoff.rejected',
        data: { assessmentId, comment: args.comment },
        status: 'in_progress' as const,
      },
      recorded: {
        action: 'signoff.approval_recorded',
        data: { assessmentId, decision: args.decision, approvals: granted, quorum },
        status: null,
      },
      approved: {
        action: 'signoff.approved',
        data: { assessmentId, approvals: nextApprovals, conditions: args.conditions },
        status: 'approved' as const,
      },
    }[outcome];
    await acts.applyDecision({
      signOff,
      assessmentStatus: step.status,
      transition: {
        tenantId,
        systemId,
        seq: seq + 1,
        fromState: state,
        toState: to,
        action: step.action,
        actorId: args.actorId,
        at: iso(decidedAt),
        data: step.data,
        projection: outcome === 'approved' ? { nextReviewAt: iso(reviewAt) } : {},
      },
    });
    seq += 1;
    state = to;
    if (outcome === 'rejected') {
      snapshotHash = null;
      approvals = [];
      return live();
    }
    approvals = nextApprovals;
    conditions = [...conditions, ...conditionsOf(args, conditionIds, decidedAt)];
    if (outcome === 'approved') {
      nextReviewAt = reviewAt;
      cycleCompleted = true;
    }
    return live();
  };

  setHandler(
    decideUpdate,
    (args) =>
      exclusive(async () => {
        validateDecision(args);
        const conditionIds = args.conditions.map(() => uuid4());
        // One decision instant: recorded on the sign-off and the origin of its conditions' and next review's clocks.
        const decidedAt = workflowNow();
        const signOff = {
          tenantId,
          systemId,
          submittedBy: submittedBy!,
          conditionIds,
          decidedAt: iso(decidedAt),
          ...args,
        };
        // Runs recorded before this patch keep their three-activity path, so their histories still replay.
        if (patched(DECISION_IN_ONE_ACTIVITY)) return decideInOneActivity(args, signOff, conditionIds, decidedAt);
        await acts.recordSignOff(signOff);
        approvals = [...approvals, { signerId: args.actorId, decision: args.decision }];
        if (args.decision === 'reject') {
          await acts.setAssessmentStatus({ tenantId, assessmentId: assessmentId!, status: 'in_progress' });
          const back = cycleKind === 'review' ? 'review' : 'assessment';
          snapshotHash = null;
          await transition(back, 'signoff.rejected', args.actorId, { assessmentId, comment: args.comment });
          approvals = [];
          return live();
        }
        conditions = [...conditions, ...conditionsOf(args, conditionIds, decidedAt)];
        const granted = approvals.filter((a) => a.decision !== 'reject').length;
        if (granted < (policy?.quorum ?? 1)) {
          await transition('signoff', 'signoff.approval_recorded', args.actorId, {
            assessmentId,
            decision: args.decision,
            approvals: granted,
            quorum: policy?.quorum ?? 1,
          });
          return live();
        }
        await acts.setAssessmentStatus({ tenantId, assessmentId: assessmentId!, status: 'approved' });
        nextReviewAt = decidedAt + day(policy?.reviewCadenceDays ?? 365);
        await transition(
          'active',
          'signoff.approved',
          args.actorId,
          { assessmentId, approvals, conditions: args.conditions },
          { nextReviewAt: iso(nextReviewAt) },
        );
        cycleCompleted = true;
        return live();
      }),
    { validator: validateDecision },
  );

  setHandler(
    openReviewUpdate,
    (args) =>
      exclusive(async () => {
        requireState(['active'], 'open a review');
        cycleKind = 'review';
        await openCycle('review', args.actorId, `review.opened.${args.reason}`, 'review');
        return live();
      }),
    { validator: (_args) => requireState(['active'], 'open a review') },
  );

  setHandler(
    closeConditionUpdate,
    (args) =>
      exclusive(async () => {
        const c = conditions.find((x) => x.id === args.conditionId);
        if (!c) return refuse(REFUSAL.wrongState, 'No open condition with that id');
        conditions = conditions.filter((x) => x.id !== args.conditionId);
        await transition(state, 'condition.fulfilled', args.actorId, { conditionId: c.id, note: args.note });
        return live();
      }),
    {
      validator: (args) => {
        if (!conditions.some((x) => x.id === args.conditionId))
          refuse(REFUSAL.wrongState, 'No open condition with that id');
      },
    },
  );

  setHandler(
    retireUpdate,
    (args) =>
      exclusive(async () => {
        requireState(['draft', 'assessment', 'signoff', 'active', 'review', 'suspended'], 'retire');
        await transition('retired', 'system.retired', args.actorId);
        return live();
      }),
    {
      validator: (_args) => requireState(['draft', 'assessment', 'signoff', 'active', 'review', 'suspended'], 'retire'),
    },
  );

  setHandler(
    reinstateUpdate,
    (args) =>
      exclusive(async () => {
        requireState(['suspended'], 'reinstate');
        cycleKind = 'review';
        await openCycle('review', args.actorId, 'system.reinstated_for_review', 'review');
        return live();
      }),
    { validator: (_args) => requireState(['suspended'], 'reinstate') },
  );

  const fireTimer = async (kind: string) => {
    if (kind === 'signoff_reminder' || kind.startsWith('signoff_escalation')) {
      const step = escalationsSent;
      escalationsSent += 1;
      // Reminder to the approvers, then the tenant admin, then any other executive.
      const recipients =
        step === 0
          ? {
              roles: [policy?.approverRole ?? 'executive'],
              excludeUserIds: [...approvals.map((a) => a.signerId), submittedBy ?? ''],
            }
          : step === 1
            ? { roles: ['tenant_admin'] }
            : { roles: ['executive'], excludeUserIds: [...approvals.map((a) => a.signerId), submittedBy ?? ''] };
      await acts.notify({
        tenantId,
        systemId,
        kind: step === 0 ? 'signoff_reminder' : 'signoff_escalated',
        recipients,
        payload: { assessmentId, step },
        dedupeKey: `signoff_timer:${assessmentId}:${snapshotHash}:${step}`,
      });
      return;
    }
    if (kind.startsWith('condition_reminder:')) {
      const c = conditions.find((x) => x.id === kind.slice('condition_reminder:'.length));
      if (!c) return;
      c.reminded = true;
      await acts.notify({
        tenantId,
        systemId,
        kind: 'condition_due_soon',
        recipients: { userIds: [c.ownerId] },
        payload: { conditionId: c.id, dueAt: iso(c.dueAt) },
        dedupeKey: `condition_reminder:${c.id}`,
      });
      return;
    }
    if (kind.startsWith('condition_due:')) {
      const id = kind.slice('condition_due:'.length);
      const c = conditions.find((x) => x.id === id);
      conditions = conditions.filter((x) => x.id !== id);
      if (!c) return;
      await acts.notify({
        tenantId,
        systemId,
        kind: 'condition_lapsed',
        recipients: { userIds: [c.ownerId], roles: ['governance_officer'] },
        payload: { conditionId: c.id },
        dedupeKey: `condition_lapsed:${c.id}`,
      });
      if (timing.suspendOnLapsedCondition) {
        await transition('suspended', 'condition.lapsed', 'system', { conditionId: c.id });
      }
      return;
    }
    if (kind === 'periodic_review') {
      nextReviewAt = null;
      cycleKind = 'review';
      await openCycle('review', 'system', 'review.opened.periodic', 'review');
    }
  };

  for (;;) {
    if (state === 'retired') {
      // Let the retire update finish writing its transition and answer its caller before the run ends.
      await condition(allHandlersFinished);
      return;
    }
    if (cycleCompleted || (workflowInfo().continueAsNewSuggested && !busy)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof aiSystemLifecycle>({
        tenantId,
        systemId,
        state,
        seq,
        timing,
        assessmentId,
        submittedBy,
        submittedAt,
        snapshotHash,
        policy,
        approvals,
        escalationsSent,
        conditions,
        nextReviewAt,
        cycles: (input.cycles ?? 0) + 1,
      });
    }
    const observed = { state, seq, timers: conditions.length, nextReviewAt, escalationsSent };
    const timer = pendingTimer();
    const changed = () =>
      state !== observed.state ||
      seq !== observed.seq ||
      cycleCompleted ||
      conditions.length !== observed.timers ||
      nextReviewAt !== observed.nextReviewAt ||
      escalationsSent !== observed.escalationsSent;
    if (!timer) {
      await condition(changed);
      continue;
    }
    const wait = Math.max(0, timer.at - workflowNow());
    if (await condition(changed, wait)) continue;
    // Due: fire it unless an update changed things meanwhile (the loop then recomputes the next timer).
    await exclusive(async () => {
      if (pendingTimer()?.kind === timer.kind) await fireTimer(timer.kind);
    });
  }
}

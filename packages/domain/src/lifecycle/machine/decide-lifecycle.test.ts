import { describe, expect, it } from 'vitest';
import { decideLifecycle, prepareLifecycleCommand, type LifecycleFacts } from './decide-lifecycle.js';
import type { LifecycleEffect } from './lifecycle-effects.js';
import type { DecideArgs, LifecycleCommand, LifecycleUpdateArgs } from './lifecycle-messages.js';
import { LIFECYCLE_STATES, startModel, type LifecycleModel, type LifecycleState } from './lifecycle-model.js';
import { nextTimer, timerKey } from './lifecycle-timers.js';
import type { SealedAssessment } from './sealed-assessment.js';

// The whole transition table of the lifecycle, without Temporal or PostgreSQL: every state against every command,
// then the sign-off rules (quorum, segregation of duties, stale snapshot, approver by tier, conditions) one by one.

const DAY = 86_400_000;
const T0 = Date.parse('2026-12-01T09:00:00Z');
const SUBMITTER = 'u-owner';
const EXEC = 'u-exec';
const EXEC2 = 'u-exec2';
const OFFICER = 'u-officer';
const CONDITION = 'c-1';

const modelIn = (state: LifecycleState, patch: Partial<LifecycleModel> = {}): LifecycleModel => {
  const base = startModel({ tenantId: 't-1', systemId: 's-1', state, seq: 4 });
  const inCycle = state === 'assessment' || state === 'review' || state === 'signoff';
  return {
    ...base,
    assessmentId: inCycle ? 'a-1' : null,
    ...(state === 'signoff' && {
      snapshotHash: 'h-1',
      submittedBy: SUBMITTER,
      submittedAt: T0,
      policy: { approverRole: 'executive', quorum: 1, reviewCadenceDays: 180 },
    }),
    ...(state === 'active' && {
      conditions: [{ id: CONDITION, ownerId: SUBMITTER, dueAt: T0 + 30 * DAY, reminded: false }],
      nextReviewAt: T0 + 180 * DAY,
    }),
    ...patch,
  };
};

const decision = (patch: Partial<DecideArgs> = {}): DecideArgs => ({
  actorId: EXEC,
  requestId: 'r-1',
  signerName: 'Exec',
  signerRoles: ['executive'],
  assessmentId: 'a-1',
  decision: 'approve',
  snapshotHash: 'h-1',
  attestation: 'I have reviewed the assessment',
  comment: null,
  conditions: [],
  authMethod: 'password',
  authenticatedAt: new Date(T0).toISOString(),
  ...patch,
});

const actor = { actorId: OFFICER, requestId: 'r-1' };
const SEALED: SealedAssessment = {
  snapshotHash: 'h-2',
  tier: 'medium',
  risk: { tier: 'medium', score: 40, factors: [] } as unknown as SealedAssessment['risk'],
  policy: { approverRole: 'executive', quorum: 1, reviewCadenceDays: 180 },
  timing: { signoffReminderDays: 2, escalationDays: 5, conditionReminderDays: 7, suspendOnLapsedCondition: true },
};

const COMMANDS: Record<string, LifecycleCommand> = {
  startAssessment: { type: 'startAssessment', args: actor },
  submitAssessment: { type: 'submitAssessment', args: { ...actor, assessmentId: 'a-1' } },
  decide: { type: 'decide', args: decision() },
  openReview: { type: 'openReview', args: { ...actor, reason: 'material_change' } },
  closeCondition: {
    type: 'closeCondition',
    args: { ...actor, conditionId: CONDITION, note: 'done', evidenceIds: ['e-1'], actorRoles: ['governance_officer'] },
  },
  retire: { type: 'retire', args: actor },
  reinstate: { type: 'reinstate', args: actor },
  materialChange: { type: 'materialChange', args: { ...actor, changes: ['profile.usesSensitiveData'] } },
  signoffReminder: { type: 'timer', timer: { kind: 'signoff_reminder' } },
  conditionReminder: { type: 'timer', timer: { kind: 'condition_reminder', conditionId: CONDITION } },
  conditionDue: { type: 'timer', timer: { kind: 'condition_due', conditionId: CONDITION } },
  periodicReview: { type: 'timer', timer: { kind: 'periodic_review' } },
};

// Facts as the workflow would gather them: the preparation's result and the instant.
const factsFor = (command: LifecycleCommand, model: LifecycleModel, at = T0 + DAY): LifecycleFacts => {
  const preparation = prepareLifecycleCommand(command, model);
  return {
    at,
    ...(preparation?.type === 'openCycle' && { openedAssessmentId: 'a-2' }),
    ...(preparation?.type === 'seal' && { sealed: SEALED }),
    ...(command.type === 'decide' && { conditionIds: command.args.conditions.map((_, i) => `cond-${i}`) }),
  };
};

// The model each command is tried in: its state, with a pending timer due now for the timer commands.
const modelFor = (state: LifecycleState, name: string): LifecycleModel => {
  if (name === 'conditionReminder' && state === 'active')
    return modelIn(state, {
      nextReviewAt: null,
      conditions: [{ id: CONDITION, ownerId: SUBMITTER, dueAt: T0 + 30 * DAY, reminded: false }],
    });
  if (name === 'conditionDue' && state === 'active')
    return modelIn(state, {
      nextReviewAt: null,
      conditions: [{ id: CONDITION, ownerId: SUBMITTER, dueAt: T0, reminded: true }],
    });
  if (name === 'periodicReview' && state === 'active') return modelIn(state, { conditions: [] });
  return modelIn(state);
};

type Cell = LifecycleState | `refused ${string}`;
const X = (code: string): Cell => `refused ${code}`;

// Rows: commands; columns: the state the system is in. Each cell: the state after the command, or its refusal code.
//                               draft              assessment         signoff            active             review             suspended          retired
// prettier-ignore
const TABLE: Record<string, Cell[]> = {
  startAssessment: /*         */ ['assessment',      X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT')],
  submitAssessment: /*        */ [X('CONFLICT'),     'signoff',         X('CONFLICT'),     X('CONFLICT'),     'signoff',         X('CONFLICT'),     X('CONFLICT')],
  decide: /*                  */ [X('CONFLICT'),     X('CONFLICT'),     'active',          X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT')],
  openReview: /*              */ [X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     'review',          X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT')],
  closeCondition: /*          */ [X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     'active',          X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT')],
  retire: /*                  */ ['retired',         'retired',         'retired',         'retired',         'retired',         'retired',         X('CONFLICT')],
  reinstate: /*               */ [X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     'review',          X('CONFLICT')],
  materialChange: /*          */ ['draft',           'assessment',      'assessment',      'review',          'review',          'suspended',       X('CONFLICT')],
  signoffReminder: /*         */ [X('CONFLICT'),     X('CONFLICT'),     'signoff',         X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT')],
  conditionReminder: /*       */ [X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     'active',          X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT')],
  conditionDue: /*            */ [X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     'suspended',       X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT')],
  periodicReview: /*          */ [X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT'),     'review',          X('CONFLICT'),     X('CONFLICT'),     X('CONFLICT')],
};

const effectTypes = (effects: LifecycleEffect[]) => effects.map((e) => e.type);

describe('lifecycle transition table', () => {
  it('when the table is read, then it covers every command in every state', () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const row of Object.values(TABLE)) expect(row).toHaveLength(LIFECYCLE_STATES.length);
  });

  const cells = Object.entries(TABLE).flatMap(([name, row]) =>
    row.map((expected, i) => [name, LIFECYCLE_STATES[i]!, expected] as const),
  );

  it.each(cells)('when %s arrives in %s, then the result is %s', (name, state, expected) => {
    const model = modelFor(state, name);
    const command = COMMANDS[name]!;
    const outcome = decideLifecycle(model, command, factsFor(command, model));
    if (expected.startsWith('refused ')) {
      expect(outcome).toMatchObject({ ok: false, refusal: { code: expected.slice('refused '.length) } });
      return;
    }
    if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message}`);
    expect(outcome.model.state).toBe(expected);
    // Every change of state is recorded as exactly the next transition, from the state it left.
    const recorded = outcome.effects.flatMap((e) =>
      e.type === 'recordTransition' ? [e.transition] : e.type === 'recordDecision' ? [e.decision.transition] : [],
    );
    if (expected !== state || name === 'closeCondition') {
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({ seq: model.seq + 1, fromState: state, toState: expected });
      expect(outcome.model.seq).toBe(model.seq + 1);
    } else {
      expect(recorded).toEqual([]);
      expect(outcome.model.seq).toBe(model.seq);
    }
    // The model given in is never changed in place.
    expect(modelFor(state, name)).toEqual(model);
  });
});

describe('sign-off rules', () => {
  const signoff = (patch: Partial<LifecycleModel> = {}) => modelIn('signoff', patch);
  const decide = (model: LifecycleModel, args: DecideArgs, at = T0 + DAY) => {
    const command: LifecycleCommand = { type: 'decide', args };
    return decideLifecycle(model, command, factsFor(command, model, at));
  };

  it('when the submitter decides, then it is refused for segregation of duties', () => {
    expect(decide(signoff(), decision({ actorId: SUBMITTER }))).toMatchObject({
      ok: false,
      refusal: { code: 'SEGREGATION_OF_DUTIES' },
    });
  });

  it('when the decision names another snapshot or assessment, then it is stale', () => {
    for (const args of [decision({ snapshotHash: 'h-old' }), decision({ assessmentId: 'a-old' })])
      expect(decide(signoff(), args)).toMatchObject({ ok: false, refusal: { code: 'STALE_SNAPSHOT' } });
  });

  it('when a signer decides twice, then the second is refused', () => {
    const model = signoff({
      policy: { approverRole: 'executive', quorum: 2, reviewCadenceDays: 90 },
      approvals: [{ signerId: EXEC, decision: 'approve' }],
    });
    expect(decide(model, decision())).toMatchObject({ ok: false, refusal: { code: 'ALREADY_DECIDED' } });
  });

  it("when the signer does not hold the tier's approver role, then it is refused; the officer decides low tiers", () => {
    const low = signoff({ policy: { approverRole: 'governance_officer', quorum: 1, reviewCadenceDays: 365 } });
    expect(decide(low, decision())).toMatchObject({ ok: false, refusal: { code: 'FORBIDDEN' } });
    expect(decide(signoff(), decision({ actorId: OFFICER, signerRoles: ['governance_officer'] }))).toMatchObject({
      ok: false,
      refusal: { code: 'FORBIDDEN' },
    });
    const officer = decide(low, decision({ actorId: OFFICER, signerRoles: ['governance_officer'] }));
    expect(officer.ok && officer.model.state).toBe('active');
  });

  it('when the quorum is two, then the first approval is recorded and the second activates', () => {
    const high = signoff({ policy: { approverRole: 'executive', quorum: 2, reviewCadenceDays: 90 } });
    const first = decide(high, decision());
    if (!first.ok) throw new Error(first.refusal.message);
    expect(first.model).toMatchObject({ state: 'signoff', approvals: [{ signerId: EXEC, decision: 'approve' }] });
    expect(first.effects).toHaveLength(1);
    expect(first.effects[0]).toMatchObject({
      type: 'recordDecision',
      decision: { assessmentStatus: null, transition: { action: 'signoff.approval_recorded' } },
    });
    const second = decide(first.model, decision({ actorId: EXEC2 }), T0 + 2 * DAY);
    if (!second.ok) throw new Error(second.refusal.message);
    expect(second.model.state).toBe('active');
    expect(second.model.nextReviewAt).toBe(T0 + 2 * DAY + 90 * DAY);
    expect(effectTypes(second.effects)).toEqual(['recordDecision', 'completeCycle']);
  });

  it('when a rejection comes after one approval, then the cycle goes back with no approvals and no snapshot', () => {
    const high = signoff({
      policy: { approverRole: 'executive', quorum: 2, reviewCadenceDays: 90 },
      approvals: [{ signerId: EXEC2, decision: 'approve' }],
    });
    const rejected = decide(high, decision({ decision: 'reject', comment: 'needs a bias test' }));
    if (!rejected.ok) throw new Error(rejected.refusal.message);
    expect(rejected.model).toMatchObject({ state: 'assessment', approvals: [], snapshotHash: null });
    const inReview = decide({ ...high, cycleKind: 'review' }, decision({ decision: 'reject' }));
    expect(inReview.ok && inReview.model.state).toBe('review');
  });

  it('when an approval sets a condition, then its due instant is whole days from the decision date', () => {
    const decidedAt = Date.parse('2026-12-01T22:30:00Z');
    const outcome = decide(
      signoff(),
      decision({
        decision: 'approve_with_conditions',
        conditions: [{ text: 'Add a notice', ownerId: SUBMITTER, dueDate: '2026-12-11' }],
      }),
      decidedAt,
    );
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.model.conditions).toEqual([
      { id: 'cond-0', ownerId: SUBMITTER, dueAt: decidedAt + 10 * DAY, reminded: false },
    ]);
    // Due today: due at the decision instant's day, so it lapses at the end of it at the latest.
    const today = decide(
      signoff(),
      decision({
        decision: 'approve_with_conditions',
        conditions: [{ text: 'x', ownerId: SUBMITTER, dueDate: '2026-12-01' }],
      }),
      decidedAt,
    );
    expect(today.ok && today.model.conditions[0]!.dueAt).toBe(decidedAt);
  });

  it('finding 8: when a condition is due before today, then the approval is refused with VALIDATION_FAILED naming the field', () => {
    const outcome = decide(
      signoff(),
      decision({
        decision: 'approve_with_conditions',
        conditions: [
          { text: 'Fine', ownerId: SUBMITTER, dueDate: '2026-12-31' },
          { text: 'Already late', ownerId: SUBMITTER, dueDate: '2026-11-30' },
        ],
      }),
      Date.parse('2026-12-01T00:30:00Z'),
    );
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: 'VALIDATION_FAILED', errors: [{ path: 'conditions.1.dueDate' }] },
    });
    expect(!outcome.ok && outcome.refusal.errors).toHaveLength(1);
  });

  it('finding 19: when the system owner or someone who answered the assessment decides, then it is refused for segregation of duties', () => {
    const model = signoff({
      excludedSigners: [
        { userId: EXEC, reason: 'system_owner' },
        { userId: EXEC2, reason: 'answerer' },
      ],
    });
    expect(decide(model, decision())).toMatchObject({
      ok: false,
      refusal: { code: 'SEGREGATION_OF_DUTIES', message: expect.stringMatching(/own this system/) },
    });
    expect(decide(model, decision({ actorId: EXEC2 }))).toMatchObject({
      ok: false,
      refusal: { code: 'SEGREGATION_OF_DUTIES', message: expect.stringMatching(/answered/) },
    });
    const other = decide(model, decision({ actorId: 'u-exec3' }));
    expect(other.ok && other.model.state).toBe('active');
  });

  it('finding 19: when an assessment is sealed, then its exclusions come from the seal, and a new cycle forgets them', () => {
    const excludedSigners = [{ userId: EXEC, reason: 'answerer' as const }];
    const submitted = decideLifecycle(modelIn('assessment'), COMMANDS.submitAssessment!, {
      ...factsFor(COMMANDS.submitAssessment!, modelIn('assessment')),
      sealed: { ...SEALED, excludedSigners },
    });
    expect(submitted.ok && submitted.model.excludedSigners).toEqual(excludedSigners);
    // A result recorded before the rule has none.
    const legacy = decideLifecycle(
      modelIn('assessment'),
      COMMANDS.submitAssessment!,
      factsFor(COMMANDS.submitAssessment!, modelIn('assessment')),
    );
    expect(legacy.ok && legacy.model.excludedSigners).toEqual([]);
  });
});

describe('timers', () => {
  it('when nobody decides, then the approvers are reminded, then the admin, then the other executives, then nothing', () => {
    let model = modelIn('signoff', { approvals: [] });
    const seen: { key: string; at: number; kind: string; roles: string[] | undefined }[] = [];
    for (let pending = nextTimer(model); pending; pending = nextTimer(model)) {
      const outcome = decideLifecycle(model, { type: 'timer', timer: pending.timer }, { at: pending.at });
      if (!outcome.ok) throw new Error(outcome.refusal.message);
      const notify = outcome.effects[0];
      if (notify?.type !== 'notify') throw new Error('expected a notification');
      seen.push({
        key: timerKey(pending.timer),
        at: pending.at,
        kind: notify.notification.kind,
        roles: notify.notification.recipients.roles,
      });
      model = outcome.model;
    }
    expect(seen).toEqual([
      { key: 'signoff_reminder', at: T0 + 2 * DAY, kind: 'signoff_reminder', roles: ['executive'] },
      { key: 'signoff_escalation_1', at: T0 + 5 * DAY, kind: 'signoff_escalated', roles: ['tenant_admin'] },
      { key: 'signoff_escalation_2', at: T0 + 10 * DAY, kind: 'signoff_escalated', roles: ['executive'] },
    ]);
  });

  it('when a condition lapses and the tenant does not suspend, then it only notifies and the system stays active', () => {
    const model = modelIn('active', {
      nextReviewAt: null,
      timing: { ...modelIn('active').timing, suspendOnLapsedCondition: false },
      conditions: [{ id: CONDITION, ownerId: SUBMITTER, dueAt: T0, reminded: true }],
    });
    const outcome = decideLifecycle(model, COMMANDS.conditionDue!, { at: T0 });
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.model).toMatchObject({ state: 'active', conditions: [], seq: model.seq });
    expect(effectTypes(outcome.effects)).toEqual(['notify']);
  });

  it('when a timer is no longer the pending one, then it is refused, so a late firing changes nothing', () => {
    const model = modelIn('active', { conditions: [] });
    expect(decideLifecycle(model, COMMANDS.conditionDue!, { at: T0 })).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT' },
    });
  });

  it('when a condition is due before the review, then its reminder and due date come first, the review last', () => {
    const model = modelIn('active');
    expect(timerKey(nextTimer(model)!.timer)).toBe(`condition_reminder:${CONDITION}`);
    const reminded = { ...model, conditions: model.conditions.map((c) => ({ ...c, reminded: true })) };
    expect(timerKey(nextTimer(reminded)!.timer)).toBe(`condition_due:${CONDITION}`);
    expect(timerKey(nextTimer({ ...model, conditions: [] })!.timer)).toBe('periodic_review');
  });
});

describe('conditions (finding 2)', () => {
  const OWNER = SUBMITTER;
  const active = (patch: Partial<LifecycleModel> = {}) => modelIn('active', patch);
  const close = (
    model: LifecycleModel,
    args: Partial<LifecycleUpdateArgs['closeCondition']>,
    rules?: LifecycleFacts['rules'],
  ) =>
    decideLifecycle(
      model,
      {
        type: 'closeCondition',
        args: { actorId: OWNER, requestId: 'r-1', conditionId: CONDITION, note: 'done', ...args },
      },
      { at: T0 + DAY, ...(rules && { rules }) },
    );

  it('finding 2: when the person a condition binds fulfils it, then it stays open until an officer confirms it', () => {
    const submitted = close(active(), { evidenceIds: ['e-1'], actorRoles: ['system_owner'] });
    if (!submitted.ok) throw new Error(submitted.refusal.message);
    expect(submitted.model.conditions).toEqual([
      expect.objectContaining({ id: CONDITION, fulfilment: { by: OWNER, evidenceIds: ['e-1'], note: 'done' } }),
    ]);
    expect(effectTypes(submitted.effects)).toEqual(['recordTransition', 'notify']);
    expect(submitted.effects[0]).toMatchObject({ transition: { action: 'condition.fulfilment_submitted' } });
    // The timer for the condition is still pending: it lapses unless confirmed.
    expect(timerKey(nextTimer(submitted.model)!.timer)).toBe(`condition_reminder:${CONDITION}`);

    const confirmed = close(submitted.model, { actorId: OFFICER, actorRoles: ['governance_officer'], note: 'seen' });
    if (!confirmed.ok) throw new Error(confirmed.refusal.message);
    expect(confirmed.model.conditions).toEqual([]);
    expect(confirmed.effects[0]).toMatchObject({
      transition: {
        action: 'condition.fulfilled',
        data: { conditionId: CONDITION, evidenceIds: ['e-1'], confirmedBy: OFFICER, submittedBy: OWNER },
      },
    });
  });

  it('finding 2: when a condition is fulfilled without evidence, then it is refused with VALIDATION_FAILED', () => {
    for (const who of [
      { actorId: OWNER, actorRoles: ['system_owner'] },
      { actorId: OFFICER, actorRoles: ['governance_officer'] },
    ])
      expect(close(active(), { ...who, evidenceIds: [] })).toMatchObject({
        ok: false,
        refusal: { code: 'VALIDATION_FAILED', errors: [{ path: 'evidenceIds' }] },
      });
  });

  it('finding 2: when the person a condition binds is also an officer, then they still cannot close it alone', () => {
    const submitted = close(active(), { evidenceIds: ['e-1'], actorRoles: ['system_owner', 'governance_officer'] });
    expect(submitted.ok && submitted.model.conditions[0]?.fulfilment?.by).toBe(OWNER);
    if (!submitted.ok) return;
    expect(close(submitted.model, { actorRoles: ['system_owner', 'governance_officer'] })).toMatchObject({
      ok: false,
      refusal: { code: 'CONFLICT' },
    });
  });

  it('finding 2: when someone neither bound by the condition nor an officer fulfils it, then it is refused', () => {
    for (const actorRoles of [['system_owner'], ['executive'], ['tenant_admin'], []])
      expect(close(active(), { actorId: 'u-someone', actorRoles, evidenceIds: ['e-1'] })).toMatchObject({
        ok: false,
        refusal: { code: 'FORBIDDEN' },
      });
  });

  it('when an update recorded before conditions needed confirming replays, then it closes the condition as it did', () => {
    const legacy = close(active(), { note: 'old' }, { conditionConfirmation: false });
    expect(legacy.ok && legacy.model.conditions).toEqual([]);
  });
});

describe('material change (finding 3)', () => {
  const change: LifecycleCommand = { type: 'materialChange', args: { ...actor, changes: ['roles'] } };

  it('finding 3: when the profile changes in sign-off, then the pending snapshot is void and the assessment reopens', () => {
    const model = modelIn('signoff', { approvals: [{ signerId: EXEC2, decision: 'approve' }] });
    expect(prepareLifecycleCommand(change, model)).toBeNull();
    const outcome = decideLifecycle(model, change, { at: T0 + DAY });
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.model).toMatchObject({
      state: 'assessment',
      snapshotHash: null,
      approvals: [],
      assessmentId: 'a-1',
    });
    expect(outcome.effects).toEqual([
      expect.objectContaining({
        type: 'recordTransition',
        transition: expect.objectContaining({ action: 'signoff.invalidated', fromState: 'signoff' }),
      }),
      { type: 'reopenAssessment', assessmentId: 'a-1' },
    ]);
    // The executive who had the old snapshot open cannot approve it any more.
    expect(decideLifecycle(outcome.model, { type: 'decide', args: decision() }, factsFor(change, model))).toMatchObject(
      {
        ok: false,
        refusal: { code: 'CONFLICT' },
      },
    );
    const inReview = decideLifecycle({ ...model, cycleKind: 'review' }, change, { at: T0 + DAY });
    expect(inReview.ok && inReview.model.state).toBe('review');
  });

  it('finding 3: when the profile of an active system changes, then a triggered review opens and the officers hear of it', () => {
    const model = modelIn('active');
    expect(prepareLifecycleCommand(change, model)).toEqual({ type: 'openCycle', kind: 'review' });
    const outcome = decideLifecycle(model, change, { at: T0 + DAY, openedAssessmentId: 'a-2' });
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.model).toMatchObject({ state: 'review', assessmentId: 'a-2', cycleKind: 'review' });
    expect(outcome.effects).toEqual([
      expect.objectContaining({
        transition: expect.objectContaining({
          action: 'review.opened.material_change',
          data: { assessmentId: 'a-2', kind: 'review', note: 'Material change: roles' },
        }),
      }),
      expect.objectContaining({ type: 'notify', notification: expect.objectContaining({ kind: 'review_opened' }) }),
    ]);
  });
});

describe('review notice', () => {
  it('when a review opens under the rules it was recorded without, then no notice is sent', () => {
    const model = modelIn('active', { conditions: [] });
    const timer = COMMANDS.periodicReview!;
    const now = decideLifecycle(model, timer, factsFor(timer, model, model.nextReviewAt!));
    expect(now.ok && effectTypes(now.effects)).toEqual(['recordTransition', 'notify']);
    const recorded = decideLifecycle(model, timer, {
      ...factsFor(timer, model, model.nextReviewAt!),
      rules: { reviewNotice: false },
    });
    expect(recorded.ok && effectTypes(recorded.effects)).toEqual(['recordTransition']);
  });
});

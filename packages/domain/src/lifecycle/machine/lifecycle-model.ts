import type { ApproverRole } from '@kizuna/authz';

// The lifecycle of one AI system as plain data. The workflow keeps one of these and replaces it with what
// `decideLifecycle` returns; nothing here touches I/O, clocks or randomness, so it also runs inside the workflow sandbox.

export const LIFECYCLE_STATES = ['draft', 'assessment', 'signoff', 'active', 'review', 'suspended', 'retired'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export type Decision = 'approve' | 'approve_with_conditions' | 'reject';

// Durations are inputs so tests can run a "day" in a second; production passes 86,400,000.
export type LifecycleTiming = {
  dayMs: number;
  signoffReminderDays: number;
  escalationDays: number;
  conditionReminderDays: number;
  suspendOnLapsedCondition: boolean;
};

export const DEFAULT_TIMING: LifecycleTiming = {
  dayMs: 86_400_000,
  signoffReminderDays: 2,
  escalationDays: 5,
  conditionReminderDays: 7,
  suspendOnLapsedCondition: true,
};

/** Who must approve the sealed assessment, and how often it is reviewed once active; fixed at submission. */
export type ApproverPolicy = { approverRole: ApproverRole; quorum: number; reviewCadenceDays: number };

export type Approval = { signerId: string; decision: Decision };
/** The fulfilment the person a condition binds submitted, waiting for an officer to confirm it. */
export type ConditionFulfilment = { by: string; evidenceIds: string[]; note: string };
export type OpenCondition = {
  id: string;
  ownerId: string;
  dueAt: number;
  reminded: boolean;
  fulfilment?: ConditionFulfilment;
};

/** Someone who may not sign the sealed assessment, besides its submitter, and why (the tenant's policy decides). */
export type ExcludedSigner = { userId: string; reason: 'system_owner' | 'answerer' | 'evidence_contributor' };

export type LifecycleModel = {
  tenantId: string;
  systemId: string;
  state: LifecycleState;
  /** Number of the last recorded transition; the projection and audit trail are keyed by it. */
  seq: number;
  timing: LifecycleTiming;
  /** Whether a rejection returns to `review` (a review cycle) or `assessment` (the first one). */
  cycleKind: 'initial' | 'review';
  assessmentId: string | null;
  submittedBy: string | null;
  submittedAt: number | null;
  snapshotHash: string | null;
  policy: ApproverPolicy | null;
  approvals: Approval[];
  /** Who may not sign this snapshot besides the submitter: read from the database when it was sealed. */
  excludedSigners: ExcludedSigner[];
  escalationsSent: number;
  conditions: OpenCondition[];
  nextReviewAt: number | null;
  /** Completed runs before this one (continue-as-new count). */
  cycles: number;
};

/** What a workflow run starts from: a new system's projection, or the model carried across continue-as-new. */
export type LifecycleInput = Pick<LifecycleModel, 'tenantId' | 'systemId' | 'state' | 'seq'> &
  Partial<Omit<LifecycleModel, 'tenantId' | 'systemId' | 'state' | 'seq' | 'timing'>> & {
    timing?: Partial<LifecycleTiming>;
  };

export const startModel = (input: LifecycleInput): LifecycleModel => ({
  assessmentId: null,
  submittedBy: null,
  submittedAt: null,
  snapshotHash: null,
  policy: null,
  approvals: [],
  excludedSigners: [],
  escalationsSent: 0,
  conditions: [],
  nextReviewAt: null,
  cycles: 0,
  // Runs recorded before cycleKind was carried derived it from the state they resumed in.
  cycleKind: input.state === 'review' ? 'review' : 'initial',
  ...input,
  timing: { ...DEFAULT_TIMING, ...input.timing },
});

/** The input of the next run when this one continues as new. */
export const carryOver = (model: LifecycleModel): LifecycleInput => ({ ...model, cycles: model.cycles + 1 });

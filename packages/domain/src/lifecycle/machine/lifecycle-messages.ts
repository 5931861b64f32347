import type { ErrorCode, FieldError } from '../../errors/app-error.js';
import type { Decision, LifecycleModel, LifecycleState } from './lifecycle-model.js';
import { nextTimer, timerKey, type LifecycleTimer } from './lifecycle-timers.js';

// The one typed boundary between the API and the lifecycle workflow: update names, their arguments and results,
// the live state and the refusal codes. The gateway, the workflow and the use-cases all take their types from here.

/**
 * Who acts, as the API authenticated them: updates come only from the API's gateway, which fills these from the
 * request's authenticated context, never from the request body (see workflows/README.md on how Temporal itself is
 * reached only by the API and the workers).
 */
export type Actor = { actorId: string; requestId: string };

export type SignOffCondition = { text: string; ownerId: string; dueDate: string };

export type DecideArgs = Actor & {
  signerName: string;
  signerRoles: string[];
  assessmentId: string;
  decision: Decision;
  snapshotHash: string;
  attestation: string;
  comment: string | null;
  conditions: SignOffCondition[];
  authMethod: 'password' | 'recent_login';
  authenticatedAt: string;
};

export const REVIEW_REASONS = [
  'material_change',
  'incident',
  'catalog_change',
  'expiring_condition',
  'periodic',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

export type LifecycleUpdateArgs = {
  startAssessment: Actor;
  submitAssessment: Actor & { assessmentId: string };
  decide: DecideArgs;
  openReview: Actor & { reason: ReviewReason; note?: string | null };
  /**
   * Submits (the person the condition binds) or confirms (an officer) that a condition is met. The evidence and the
   * actor's roles are absent in updates recorded before conditions needed confirming.
   */
  closeCondition: Actor & { conditionId: string; note: string; evidenceIds?: string[]; actorRoles?: string[] };
  retire: Actor;
  reinstate: Actor;
  /** The system's profile or roles changed: the signed (or pending) picture no longer holds. */
  materialChange: Actor & { changes: string[] };
};

export type LifecycleUpdateName = keyof LifecycleUpdateArgs;

export const LIFECYCLE_UPDATES = [
  'startAssessment',
  'submitAssessment',
  'decide',
  'openReview',
  'closeCondition',
  'retire',
  'reinstate',
  'materialChange',
] as const satisfies readonly LifecycleUpdateName[];

/** Something the lifecycle is asked to do: an update from a person (through the API) or a timer that came due. */
export type LifecycleCommand =
  | { [K in LifecycleUpdateName]: { type: K; args: LifecycleUpdateArgs[K] } }[LifecycleUpdateName]
  | { type: 'timer'; timer: LifecycleTimer };

/** The codes a refused update carries; they cross the boundary as the failure type and map to API errors as is. */
export const LIFECYCLE_REFUSALS = [
  'CONFLICT',
  'SEGREGATION_OF_DUTIES',
  'STALE_SNAPSHOT',
  'ALREADY_DECIDED',
  'FORBIDDEN',
  'VALIDATION_FAILED',
  'NOT_FOUND',
] as const satisfies readonly ErrorCode[];
export type LifecycleRefusalCode = (typeof LIFECYCLE_REFUSALS)[number];
export type LifecycleRefusal = { code: LifecycleRefusalCode; message: string; errors?: FieldError[] };

export const isLifecycleRefusalCode = (value: unknown): value is LifecycleRefusalCode =>
  (LIFECYCLE_REFUSALS as readonly unknown[]).includes(value);

/** What callers see of a running lifecycle (the answer to every update and to the state query). */
export type LiveState = {
  state: LifecycleState;
  seq: number;
  assessmentId: string | null;
  snapshotHash: string | null;
  submittedBy: string | null;
  quorum: number | null;
  approverRole: string | null;
  approvals: { signerId: string; decision: Decision }[];
  /** `fulfilmentSubmittedBy`: who submitted its fulfilment, waiting for an officer's confirmation. */
  openConditions: { id: string; ownerId: string; dueAt: string; fulfilmentSubmittedBy: string | null }[];
  nextTimer: { kind: string; at: string } | null;
};

const iso = (ms: number) => new Date(ms).toISOString();

export const toLiveState = (model: LifecycleModel): LiveState => {
  const pending = nextTimer(model);
  return {
    state: model.state,
    seq: model.seq,
    assessmentId: model.assessmentId,
    snapshotHash: model.snapshotHash,
    submittedBy: model.submittedBy,
    quorum: model.policy?.quorum ?? null,
    approverRole: model.policy?.approverRole ?? null,
    approvals: model.approvals,
    openConditions: model.conditions.map((c) => ({
      id: c.id,
      ownerId: c.ownerId,
      dueAt: iso(c.dueAt),
      fulfilmentSubmittedBy: c.fulfilment?.by ?? null,
    })),
    nextTimer: pending ? { kind: timerKey(pending.timer), at: iso(pending.at) } : null,
  };
};

/**
 * The command for an update. TypeScript cannot narrow `{ type: K; args: Args[K] }` to the union member for a generic
 * K, so this one cast stands for every handler; callers stay fully typed.
 */
export const updateCommand = <K extends LifecycleUpdateName>(type: K, args: LifecycleUpdateArgs[K]): LifecycleCommand =>
  ({ type, args }) as LifecycleCommand;

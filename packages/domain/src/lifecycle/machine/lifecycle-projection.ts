import type {
  Approval,
  ApproverPolicy,
  ConditionFulfilment,
  ExcludedSigner,
  LifecycleModel,
  LifecycleState,
  LifecycleTiming,
} from './lifecycle-model.js';

/**
 * What the database holds of a lifecycle, read when its workflow is (re)started: enough to rebuild the whole model,
 * so a run that failed or was lost resumes with its sign-off, approvals, conditions and next review rather than with
 * a bare state. Instants are ISO strings; condition due instants are computed again from the decision time.
 */
export type LifecycleProjection = {
  state: LifecycleState;
  seq: number;
  cycleKind?: LifecycleModel['cycleKind'];
  assessmentId?: string | null;
  submittedBy?: string | null;
  submittedAt?: string | null;
  snapshotHash?: string | null;
  policy?: ApproverPolicy | null;
  approvals?: Approval[];
  excludedSigners?: ExcludedSigner[];
  conditions?: { id: string; ownerId: string; dueDate: string; decidedAt: string; fulfilment?: ConditionFulfilment }[];
  nextReviewAt?: string | null;
  /** The tenant's reminder rhythm (the length of a day is the starter's). */
  timing?: Partial<Omit<LifecycleTiming, 'dayMs'>>;
};

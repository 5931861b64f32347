import { defineQuery, defineUpdate } from '@temporalio/workflow';

// Messages of the aiSystemLifecycle workflow, shared by the workflow (sandboxed) and its callers.
export const lifecycleWorkflowId = (tenantId: string, systemId: string) => `tenant/${tenantId}/system/${systemId}`;

export type LifecycleState = 'draft' | 'assessment' | 'signoff' | 'active' | 'review' | 'suspended' | 'retired';
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

export type ApproverPolicy = {
  approverRole: 'executive' | 'governance_officer';
  quorum: number;
  reviewCadenceDays: number;
};

export type Approval = { signerId: string; decision: Decision };
export type OpenCondition = { id: string; ownerId: string; dueAt: number; reminded: boolean };

// Everything carried across continueAsNew.
export type LifecycleInput = {
  tenantId: string;
  systemId: string;
  state: LifecycleState;
  seq: number;
  timing: LifecycleTiming;
  assessmentId?: string | null;
  submittedBy?: string | null;
  submittedAt?: number | null;
  snapshotHash?: string | null;
  policy?: ApproverPolicy | null;
  approvals?: Approval[];
  escalationsSent?: number;
  conditions?: OpenCondition[];
  nextReviewAt?: number | null;
  cycles?: number;
};

export type Actor = { actorId: string; requestId: string };

export type StartAssessmentArgs = Actor;
export type SubmitArgs = Actor & { assessmentId: string };
export type DecideArgs = Actor & {
  signerName: string;
  signerRoles: string[];
  assessmentId: string;
  decision: Decision;
  snapshotHash: string;
  attestation: string;
  comment: string | null;
  conditions: { text: string; ownerId: string; dueDate: string }[];
  authMethod: 'password' | 'recent_login';
  authenticatedAt: string;
};
export type ReviewArgs = Actor & {
  reason: 'material_change' | 'incident' | 'catalog_change' | 'expiring_condition' | 'periodic';
};

export type LiveState = {
  state: LifecycleState;
  seq: number;
  assessmentId: string | null;
  snapshotHash: string | null;
  submittedBy: string | null;
  quorum: number | null;
  approverRole: string | null;
  approvals: Approval[];
  openConditions: { id: string; ownerId: string; dueAt: string }[];
  nextTimer: { kind: string; at: string } | null;
};

export const startAssessmentUpdate = defineUpdate<LiveState, [StartAssessmentArgs]>('startAssessment');
export const submitAssessmentUpdate = defineUpdate<LiveState, [SubmitArgs]>('submitAssessment');
export const decideUpdate = defineUpdate<LiveState, [DecideArgs]>('decide');
export const openReviewUpdate = defineUpdate<LiveState, [ReviewArgs]>('openReview');
export const closeConditionUpdate = defineUpdate<LiveState, [Actor & { conditionId: string; note: string }]>(
  'closeCondition',
);
export const retireUpdate = defineUpdate<LiveState, [Actor]>('retire');
export const reinstateUpdate = defineUpdate<LiveState, [Actor]>('reinstate');
export const getStateQuery = defineQuery<LiveState>('getState');

// Failure types the workflow uses to refuse an update; callers map them to API error codes.
export const REFUSAL = {
  wrongState: 'CONFLICT',
  segregation: 'SEGREGATION_OF_DUTIES',
  staleSnapshot: 'STALE_SNAPSHOT',
  alreadyDecided: 'ALREADY_DECIDED',
  notApprover: 'FORBIDDEN',
} as const;

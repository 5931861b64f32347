// The port to the lifecycle workflow. The workflow decides transitions; use-cases check permissions, then ask it.
export type LifecycleUpdate =
  'startAssessment' | 'submitAssessment' | 'decide' | 'openReview' | 'retire' | 'reinstate' | 'closeCondition';

export type LifecycleLiveState = {
  state: string;
  seq: number;
  assessmentId: string | null;
  snapshotHash: string | null;
  submittedBy: string | null;
  quorum: number | null;
  approverRole: string | null;
  approvals: { signerId: string; decision: 'approve' | 'approve_with_conditions' | 'reject' }[];
  openConditions: { id: string; ownerId: string; dueAt: string }[];
  nextTimer: { kind: string; at: string } | null;
};

export type LifecycleGateway = {
  // Starts the system's workflow if it is not running (systems created before the workflow existed, or a crash
  // between the row and the start); `current` is the projection it resumes from.
  ensureStarted(tenantId: string, systemId: string, current: { state: string; seq: number }): Promise<void>;
  send(
    tenantId: string,
    systemId: string,
    current: { state: string; seq: number },
    update: LifecycleUpdate,
    args: Record<string, unknown>,
  ): Promise<LifecycleLiveState>;
  getState(tenantId: string, systemId: string): Promise<LifecycleLiveState | null>;
};

import type { TRiskAssessment } from '@kizuna/contracts';
import type { Actor, LifecycleUpdateArgs, LifecycleUpdateName, LiveState } from './machine/lifecycle-messages.js';
import type { LifecycleProjection } from './machine/lifecycle-projection.js';

// The port to the lifecycle workflow. The workflow decides transitions; use-cases check permissions, then ask it.
export type LifecycleUpdate = LifecycleUpdateName;
export type LifecycleLiveState = LiveState;

/** Where a workflow that is not running (never started, or failed) resumes from: the projection, in full. */
export type LifecycleStart = LifecycleProjection;

export type LifecycleGateway = {
  // Starts the system's workflow if it is not running (systems created before the workflow existed, or a crash
  // between the row and the start).
  ensureStarted(tenantId: string, systemId: string, current: LifecycleStart): Promise<void>;
  send<K extends LifecycleUpdateName>(
    tenantId: string,
    systemId: string,
    current: LifecycleStart,
    update: K,
    args: LifecycleUpdateArgs[K],
  ): Promise<LiveState>;
  getState(tenantId: string, systemId: string): Promise<LiveState | null>;
};

export type { Actor as LifecycleActor };

// The projection the API reads: one row per transition the workflow decided. packages/db implements it.
export type TransitionRecord = {
  systemId: string;
  seq: number;
  fromState: string | null;
  toState: string;
  action: string;
  actorId: string;
  at: string;
  data: Record<string, unknown>;
};

export type LifecycleRepo = {
  // Inserts the transition and moves the projection, once per (system, seq); false for a replay.
  applyTransition(
    t: TransitionRecord & {
      projection: { currentAssessmentId?: string | null; risk?: TRiskAssessment | null; nextReviewAt?: string | null };
    },
  ): Promise<boolean>;
  listTransitions(systemId: string, until?: Date): Promise<TransitionRecord[]>;
};

// The transition activity's input, which the state machine emits as an effect.
export type TransitionInput = TransitionRecord & {
  tenantId: string;
  projection: { currentAssessmentId?: string | null; nextReviewAt?: string | null; risk?: TRiskAssessment | null };
};

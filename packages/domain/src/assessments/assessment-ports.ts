import type { TAnswerInput, TAssessment, TEvidence, TRiskAssessment, TSignOff } from '@kizuna/contracts';

// Repositories of the governance loop. packages/db implements them.
export type RequirementSnapshot = {
  requirementId: string;
  frameworkId: string;
  title: { ja: string; en: string };
  guidance: { ja: string; en: string };
  expectedEvidence: string[];
  reasons: { ja: string; en: string }[];
};

export type AssessmentRecord = Omit<TAssessment, 'requirements'> & { requirements: RequirementSnapshot[] };

export type StoredAnswer = { requirementId: string; answer: TAnswerInput; carriedForward: boolean; confirmed: boolean };

export type AssessmentRepo = {
  insert(a: {
    id: string;
    systemId: string;
    cycle: number;
    kind: 'initial' | 'review';
    status: 'in_progress';
    catalogVersions: { frameworkId: string; version: string }[];
    requirements: RequirementSnapshot[];
  }): Promise<AssessmentRecord>;
  findById(id: string): Promise<AssessmentRecord | null>;
  listForSystem(systemId: string): Promise<AssessmentRecord[]>;
  latestCycle(systemId: string): Promise<number>;
  getAnswers(assessmentId: string): Promise<StoredAnswer[]>;
  saveAnswer(
    assessmentId: string,
    requirementId: string,
    answer: TAnswerInput,
    opts: { actorId: string; carriedForward: boolean; confirmed: boolean },
  ): Promise<void>;
  bumpVersion(id: string): Promise<void>;
  markSubmitted(
    id: string,
    s: {
      submittedBy: string;
      submittedAt: string;
      snapshotHash: string;
      snapshot: Record<string, unknown>;
      risk: TRiskAssessment;
    },
  ): Promise<void>;
  setStatus(id: string, status: TAssessment['status']): Promise<void>;
  getSnapshot(id: string): Promise<Record<string, unknown> | null>;
};

export type EvidenceRepo = {
  insert(e: Omit<TEvidence, 'createdAt'> & { createdAt: string; content: Buffer | null }): Promise<void>;
  listForSystem(systemId: string): Promise<TEvidence[]>;
  findMany(systemId: string, ids: string[]): Promise<TEvidence[]>;
};

export type SignOffRecord = Omit<TSignOff, 'conditions'> & {
  conditions: TSignOff['conditions'];
  submittedBy: string;
  authMethod: 'password' | 'recent_login';
  authenticatedAt: string;
};

export type SignOffRepo = {
  // False when this signer already decided this assessment (a retried activity).
  insert(s: SignOffRecord): Promise<boolean>;
  listForAssessment(assessmentId: string): Promise<TSignOff[]>;
  listForSystem(systemId: string, until?: Date): Promise<TSignOff[]>;
};

export type RiskLogEntry = {
  id: string;
  systemId: string;
  assessmentId: string;
  requirementId: string;
  description: string;
  ownerId: string;
  dueDate: string;
  status: 'open' | 'closed';
  createdAt: string;
};

export type RiskLogRepo = {
  upsert(entry: Omit<RiskLogEntry, 'status' | 'createdAt'>): Promise<void>;
  listForSystem(systemId: string): Promise<RiskLogEntry[]>;
};

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

export type NotificationRecord = {
  id: string;
  kind: string;
  systemId: string | null;
  payload: unknown;
  createdAt: string;
  readAt: string | null;
};

export type NotificationRepo = {
  insert(n: {
    id: string;
    recipientId: string;
    systemId: string | null;
    kind: string;
    payload: unknown;
    dedupeKey: string;
  }): Promise<void>;
  listForRecipient(recipientId: string, opts: { limit: number; unreadOnly: boolean }): Promise<NotificationRecord[]>;
  markRead(recipientId: string, id: string, at: Date): Promise<boolean>;
};

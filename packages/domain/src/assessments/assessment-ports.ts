import type { TAnswerInput, TAssessment, TEvidence, TRiskAssessment } from '@kizuna/contracts';

// Ports of the assessments capability: assessments with their answers, evidence, and the risk log of gaps.
// packages/db implements them.
export type RequirementSnapshot = {
  requirementId: string;
  frameworkId: string;
  title: { ja: string; en: string };
  guidance: { ja: string; en: string };
  expectedEvidence: string[];
  reasons: { ja: string; en: string }[];
};

export type AssessmentRecord = Omit<TAssessment, 'requirements'> & { requirements: RequirementSnapshot[] };

export type StoredAnswer = {
  requirementId: string;
  answer: TAnswerInput;
  carriedForward: boolean;
  confirmed: boolean;
  /** Who saved the answer last ('system' when carried forward and not yet confirmed). */
  answeredBy: string;
};

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
  // The requirements an open assessment asks, re-resolved after the system's profile or roles changed.
  setRequirements(id: string, requirements: RequirementSnapshot[]): Promise<void>;
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

// Every snapshot submitted for sign-off, kept as it was sealed (insert and read only).
export type StoredSnapshot = {
  assessmentId: string;
  snapshotHash: string;
  snapshot: Record<string, unknown>;
  risk: TRiskAssessment;
  submittedBy: string;
  submittedAt: string;
};

export type SnapshotRepo = {
  // Saving the same snapshot again (a retried seal, an unchanged resubmission) keeps the first.
  insert(s: StoredSnapshot): Promise<void>;
  find(assessmentId: string, snapshotHash: string): Promise<StoredSnapshot | null>;
};

import type {
  ANSWER_KINDS,
  DECISIONS,
  EVIDENCE_KINDS,
  GOVERNANCE_OPERATIONS,
  PROHIBITED_PRACTICES,
  TAnswerInput,
  TAssessment,
  TEvidence,
  TEvidenceInput,
  TRiskAssessment,
  TRoleDetermination,
  TRoleQuestionnaire,
  TSignOff,
  TSignOffRequest,
  ZLifecycleView,
  ZLiveState,
  ZNotification,
  ZPendingSignOff,
  ZRiskLogEntry,
} from '@kizuna/contracts';
import { listEvery } from '../ai-systems/ai-system.js';

// Governance types come from @kizuna/contracts as types only (zod stays out of the bundle); the value lists the UI
// iterates are restated here and checked against the contract at compile time, like ai-system.ts does.

/** The parsed type of a zod schema, read without importing zod itself. */
type Output<Schema extends { _zod: { output: unknown } }> = Schema['_zod']['output'];

export type Assessment = TAssessment;
export type AssessmentRequirement = Assessment['requirements'][number];
export type AnswerInput = TAnswerInput;
export type Evidence = TEvidence;
export type EvidenceInput = TEvidenceInput;
export type RiskAssessment = TRiskAssessment;
export type RoleDetermination = TRoleDetermination;
export type RoleQuestionnaire = TRoleQuestionnaire;
export type SignOff = TSignOff;
export type SignOffRequest = TSignOffRequest;
export type LifecycleView = Output<typeof ZLifecycleView>;
export type LifecycleTransition = LifecycleView['transitions'][number];
export type LiveState = Output<typeof ZLiveState>;
export type PendingSignOff = Output<typeof ZPendingSignOff>;
export type RiskLogEntry = Output<typeof ZRiskLogEntry>;
export type AppNotification = Output<typeof ZNotification>;
export type ReviewReason = Output<(typeof GOVERNANCE_OPERATIONS)['openReview']['body']>['reason'];

export type AnswerKind = (typeof ANSWER_KINDS)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type Decision = (typeof DECISIONS)[number];
export type ProhibitedPractice = (typeof PROHIBITED_PRACTICES)[number];

export const ANSWER_KIND_LIST = listEvery<AnswerKind>()(['complies', 'explains', 'not_applicable', 'gap']);
export const EVIDENCE_KIND_LIST = listEvery<EvidenceKind>()([
  'model_card',
  'bias_test',
  'safety_test',
  'user_notice',
  'feedback_channel',
  'incident_procedure',
  'dpia',
  'contract',
  'other',
]);
export const DECISION_LIST = listEvery<Decision>()(['approve', 'approve_with_conditions', 'reject']);
export const PROHIBITED_PRACTICE_LIST = listEvery<ProhibitedPractice>()([
  'none',
  'manipulation',
  'exploiting_vulnerabilities',
  'social_scoring',
  'predictive_policing_profiling',
  'untargeted_face_scraping',
  'emotion_recognition_work_education',
  'biometric_categorisation_sensitive',
  'realtime_remote_biometric_id',
]);
export const REVIEW_REASONS = listEvery<ReviewReason>()([
  'material_change',
  'incident',
  'catalog_change',
  'expiring_condition',
]);
export const ROLE_QUESTIONS = listEvery<keyof RoleQuestionnaire>()([
  'trainsOrFineTunes',
  'offersToOthers',
  'usesInOwnOperations',
]);

// The contract types notification kinds as plain strings; these are the ones the lifecycle workflow sends.
export const NOTIFICATION_KINDS = [
  'signoff_requested',
  'signoff_reminder',
  'signoff_escalated',
  'condition_due_soon',
  'condition_lapsed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

export function isEvidenceKind(kind: string): kind is EvidenceKind {
  return (EVIDENCE_KIND_LIST as readonly string[]).includes(kind);
}

/** The API refuses evidence files above 5 MiB (decoded); checking first saves uploading a file that would bounce. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

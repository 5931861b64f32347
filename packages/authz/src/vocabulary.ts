import type { ForcedSubject, MongoAbility } from '@casl/ability';

export const ROLES = ['tenant_admin', 'governance_officer', 'system_owner', 'executive', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'manage',
  'read',
  'create',
  'update',
  'delete',
  'submit',
  'decide',
  'verify',
  'revoke',
  // Lifecycle actions that cannot be undone by an edit: each has its own grant, never implied by `update`.
  'retire',
  'reinstate',
  'review',
  // A sign-off condition: the person it binds submits its fulfilment with evidence; an officer confirms it.
  'fulfil',
  'confirm',
] as const;
export type Action = (typeof ACTIONS)[number];

export const SUBJECTS = [
  'AiSystem',
  'Assessment',
  'SignOff',
  'Evidence',
  'AuditEvent',
  'ApiKey',
  'Member',
  'TenantPolicy',
  'Notification',
  'Incident',
  'RegulatorRequest',
  'Condition',
  // Stakeholder feedback reports and the tenant's public channel settings.
  'Feedback',
  'FeedbackChannel',
  // A tenant's webhook endpoint, with its delivery log.
  'WebhookEndpoint',
  'all',
] as const;
export type SubjectType = (typeof SUBJECTS)[number];
// 'all' is a wildcard for rules, never the type of a record.
export type RecordSubjectType = Exclude<SubjectType, 'all'>;

/** The roles a risk tier may name as its approver (DESIGN §3: executives for medium and high, officers for low). */
export const APPROVER_ROLES = ['executive', 'governance_officer'] as const satisfies readonly Role[];
export type ApproverRole = (typeof APPROVER_ROLES)[number];

export const API_KEY_SCOPES = [
  'ai-systems:read',
  'ai-systems:write',
  'assessments:read',
  'assessments:write',
  'incidents:read',
  'incidents:write',
  'regulator-requests:read',
  'regulator-requests:write',
  'audit-events:read',
  'dossiers:read',
  // Opening a triggered review (say, from monitoring). Retiring and reinstating are for people only.
  'reviews:write',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * Record fields that rule conditions read, per subject type. Typed so rules cannot name a field by mistake;
 * packages/db must map exactly these fields to columns for list filters.
 */
export interface ConditionFields {
  AiSystem: { ownerId: string; businessUnitId: string | null };
  Assessment: { systemOwnerId: string };
  SignOff: { systemOwnerId: string; submittedBy: string; approverRole: ApproverRole };
  Evidence: { systemOwnerId: string };
  Incident: { systemOwnerId: string };
  /** A request from an authority: `systemOwnerId` holds the owners of every linked system. */
  RegulatorRequest: { systemOwnerId: string };
  Notification: { recipientId: string };
  /** A sign-off condition: `ownerId` is the person it binds. */
  Condition: { ownerId: string };
  /** A feedback report: `systemOwnerId` is the owner of the system it names. */
  Feedback: { systemOwnerId: string };
}

type TaggedSubject<S extends RecordSubjectType> = ForcedSubject<S> &
  (S extends keyof ConditionFields ? Partial<ConditionFields[S]> : unknown);

/** What `ability.can` accepts: a subject type, or a record tagged with `asSubject`. */
export type AppSubject = SubjectType | { [S in RecordSubjectType]: TaggedSubject<S> }[RecordSubjectType];

export type AppAbility = MongoAbility<[Action, AppSubject]>;

/** The caller of a use-case. */
export type Actor =
  | { kind: 'user'; tenantId: string; userId: string; roles: Role[]; businessUnitIds: string[] }
  | { kind: 'api_key'; tenantId: string; keyId: string; createdBy: string; scopes: ApiKeyScope[] };

/** Reason attached to the segregation-of-duties rule; the API maps it to a specific problem type. */
export const SEGREGATION_OF_DUTIES = 'SEGREGATION_OF_DUTIES';

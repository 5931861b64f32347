import { ROLES, type Action, type ApiKeyScope, type RecordSubjectType, type Role } from './vocabulary.js';

export type PolicyRole = Role | `integrator:${ApiKeyScope}`;

/**
 * Which records a row speaks about. No `when` means "any record of the type"; allowed rows without `when` are
 * unconditional grants, denied rows without `when` deny every record.
 */
export type PolicyWhen =
  | 'ownerId = me'
  | 'businessUnitId in mine'
  | 'systemOwnerId = me'
  | 'recipientId = me'
  | 'submittedBy = me'
  | 'approverRole = executive'
  | 'approverRole = governance_officer'
  | 'unrelated';

export interface PolicyRow {
  role: PolicyRole;
  action: Action;
  subject: RecordSubjectType;
  when?: PolicyWhen;
  allowed: boolean;
}

/** One line of the README table: the cross product of its roles, actions and subjects. */
export interface PolicyGrant {
  roles: readonly PolicyRole[];
  actions: readonly Action[];
  subjects: readonly RecordSubjectType[];
  when?: PolicyWhen;
  allowed: boolean;
}

const allow = (
  roles: PolicyRole | readonly PolicyRole[],
  actions: Action | readonly Action[],
  subjects: RecordSubjectType | readonly RecordSubjectType[],
  when?: PolicyWhen,
): PolicyGrant => ({
  roles: list(roles),
  actions: list(actions),
  subjects: list(subjects),
  allowed: true,
  ...(when && { when }),
});

const deny = (
  roles: PolicyRole | readonly PolicyRole[],
  actions: Action | readonly Action[],
  subjects: RecordSubjectType | readonly RecordSubjectType[],
  when?: PolicyWhen,
): PolicyGrant => ({ ...allow(roles, actions, subjects, when), allowed: false });

function list<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

const RU = ['read', 'create', 'update'] as const;
// Lifecycle actions an edit cannot undo: officers and admins only, no API key.
const IRREVERSIBLE = ['retire', 'reinstate'] as const;
const OWNED = ['Assessment', 'Evidence', 'SignOff', 'Incident'] as const;

/**
 * The permission model as data: the spec that README.md shows and the tests hold `defineAbilityFor` to.
 * Anything not granted here is denied; the deny lines spell out the cases people ask about.
 */
export const POLICY_GRANTS: ReadonlyArray<PolicyGrant> = Object.freeze([
  allow(ROLES, 'read', 'Notification', 'recipientId = me'),
  deny(ROLES, 'read', 'Notification', 'unrelated'),

  allow('tenant_admin', 'manage', ['ApiKey', 'Member', 'TenantPolicy']),
  allow('tenant_admin', RU, 'AiSystem'),
  allow('tenant_admin', [...IRREVERSIBLE, 'review'], 'AiSystem'),
  allow('tenant_admin', 'read', ['Assessment', 'SignOff', 'Evidence', 'Incident', 'AuditEvent']),
  allow('tenant_admin', ['create', 'update'], 'Incident'),
  allow('tenant_admin', RU, 'RegulatorRequest'),
  allow('tenant_admin', 'verify', 'AuditEvent'),
  deny('tenant_admin', 'decide', 'SignOff'),
  allow('tenant_admin', 'fulfil', 'Condition', 'ownerId = me'),
  deny('tenant_admin', 'confirm', 'Condition'),
  allow('tenant_admin', ['read', 'update'], ['Feedback', 'FeedbackChannel']),
  // Webhooks carry tenant data out of the product: admins only, no API-key scope.
  allow('tenant_admin', ['read', 'create', 'update', 'delete'], 'WebhookEndpoint'),

  allow('governance_officer', RU, 'AiSystem'),
  allow('governance_officer', [...IRREVERSIBLE, 'review'], 'AiSystem'),
  allow('governance_officer', [...RU, 'submit'], 'Assessment'),
  allow('governance_officer', ['read', 'create'], 'Evidence'),
  allow('governance_officer', 'read', 'SignOff'),
  allow('governance_officer', RU, 'Incident'),
  allow('governance_officer', RU, 'RegulatorRequest'),
  allow('governance_officer', ['read', 'verify'], 'AuditEvent'),
  allow('governance_officer', 'read', 'Member'),
  // Officers sign off low-tier systems; the workflow refuses them on tiers that need an executive.
  allow('governance_officer', 'decide', 'SignOff', 'approverRole = governance_officer'),
  deny('governance_officer', 'decide', 'SignOff', 'approverRole = executive'),
  deny('governance_officer', 'decide', 'SignOff', 'submittedBy = me'),
  deny('governance_officer', 'manage', ['ApiKey', 'Member', 'TenantPolicy']),
  // Officers close conditions with evidence; one that binds them needs another officer.
  allow('governance_officer', ['fulfil', 'confirm'], 'Condition'),
  deny('governance_officer', 'confirm', 'Condition', 'ownerId = me'),
  allow('governance_officer', ['read', 'update'], ['Feedback', 'FeedbackChannel']),

  allow('system_owner', 'create', 'AiSystem'),
  allow('system_owner', ['read', 'update', 'review'], 'AiSystem', 'ownerId = me'),
  allow('system_owner', 'read', 'AiSystem', 'businessUnitId in mine'),
  deny('system_owner', 'update', 'AiSystem', 'businessUnitId in mine'),
  deny('system_owner', ['read', 'update', 'review'], 'AiSystem', 'unrelated'),
  deny('system_owner', IRREVERSIBLE, 'AiSystem', 'ownerId = me'),
  allow('system_owner', ['read', 'update', 'submit'], 'Assessment', 'systemOwnerId = me'),
  allow('system_owner', ['read', 'create'], 'Evidence', 'systemOwnerId = me'),
  allow('system_owner', 'read', 'SignOff', 'systemOwnerId = me'),
  allow('system_owner', ['read', 'create'], 'Incident', 'systemOwnerId = me'),
  deny('system_owner', 'read', OWNED, 'unrelated'),
  // Requests from authorities are the officers' to answer; owners see those about their systems.
  allow('system_owner', 'read', 'RegulatorRequest', 'systemOwnerId = me'),
  deny('system_owner', 'read', 'RegulatorRequest', 'unrelated'),
  deny('system_owner', ['create', 'update'], 'RegulatorRequest'),
  deny('system_owner', 'decide', 'SignOff'),
  // The person a condition binds submits its fulfilment with evidence, and cannot close it alone.
  allow('system_owner', 'fulfil', 'Condition', 'ownerId = me'),
  deny('system_owner', 'fulfil', 'Condition', 'unrelated'),
  deny('system_owner', 'confirm', 'Condition', 'ownerId = me'),
  // Colleagues' names are visible inside a tenant: owners assign gaps and conditions to people.
  allow('system_owner', 'read', 'Member'),
  // Owners read what stakeholders report about their systems; triage stays with officers.
  allow('system_owner', 'read', 'Feedback', 'systemOwnerId = me'),
  deny('system_owner', 'read', 'Feedback', 'unrelated'),
  deny('system_owner', 'update', ['Feedback', 'FeedbackChannel']),

  allow('executive', 'read', ['AiSystem', 'Assessment', 'SignOff', 'Evidence', 'Incident']),
  allow('executive', 'decide', 'SignOff', 'approverRole = executive'),
  deny('executive', 'decide', 'SignOff', 'approverRole = governance_officer'),
  deny('executive', 'decide', 'SignOff', 'submittedBy = me'),
  allow('executive', ['read', 'verify'], 'AuditEvent'),
  deny('executive', ['create', 'update'], ['AiSystem', 'Assessment']),
  deny('executive', [...IRREVERSIBLE, 'review'], 'AiSystem'),
  allow('executive', 'read', 'Member'),
  allow('executive', 'fulfil', 'Condition', 'ownerId = me'),

  allow('auditor', 'read', [
    'AiSystem',
    'Assessment',
    'SignOff',
    'Evidence',
    'Incident',
    'AuditEvent',
    'Member',
    'ApiKey',
    'TenantPolicy',
    'Feedback',
    'FeedbackChannel',
    'WebhookEndpoint',
  ]),
  allow('auditor', 'read', 'RegulatorRequest'),
  allow('auditor', 'verify', 'AuditEvent'),
  deny('auditor', 'update', ['Feedback', 'FeedbackChannel']),
  deny('auditor', ['create', 'update'], 'RegulatorRequest'),
  deny('auditor', ['create', 'update', 'delete', 'submit', 'decide', 'revoke'], ['AiSystem', 'SignOff', 'ApiKey']),
  deny('auditor', [...IRREVERSIBLE, 'review'], 'AiSystem'),
  deny('auditor', ['fulfil', 'confirm'], 'Condition'),
  deny('auditor', ['create', 'update', 'delete'], 'WebhookEndpoint'),

  allow('integrator:ai-systems:read', 'read', 'AiSystem'),
  allow('integrator:ai-systems:write', RU, 'AiSystem'),
  // Editing a system is not retiring, reinstating, reviewing it or closing its conditions.
  deny('integrator:ai-systems:write', [...IRREVERSIBLE, 'review'], 'AiSystem'),
  deny('integrator:ai-systems:write', 'fulfil', 'Condition'),
  // Assessments hang off a system, so reading them needs the system too. Submitting is for people only.
  allow('integrator:assessments:read', 'read', ['AiSystem', 'Assessment', 'Evidence']),
  allow('integrator:assessments:write', 'read', 'AiSystem'),
  allow('integrator:assessments:write', RU, ['Assessment', 'Evidence']),
  deny('integrator:assessments:write', 'submit', 'Assessment'),
  allow('integrator:incidents:read', 'read', 'Incident'),
  allow('integrator:incidents:write', RU, 'Incident'),
  allow('integrator:regulator-requests:read', 'read', 'RegulatorRequest'),
  allow('integrator:regulator-requests:write', RU, 'RegulatorRequest'),
  allow('integrator:audit-events:read', ['read', 'verify'], 'AuditEvent'),
  allow('integrator:dossiers:read', 'read', ['AiSystem', 'Assessment', 'SignOff', 'Evidence']),
  deny('integrator:dossiers:read', 'decide', 'SignOff'),
  allow('integrator:reviews:write', ['read', 'review'], 'AiSystem'),
  deny('integrator:reviews:write', IRREVERSIBLE, 'AiSystem'),
  deny('integrator:ai-systems:write', 'manage', ['ApiKey', 'Member']),
]);

/** POLICY_GRANTS expanded to one row per role, action and subject. */
export const POLICY_TABLE: ReadonlyArray<PolicyRow> = Object.freeze(
  POLICY_GRANTS.flatMap(({ roles, actions, subjects, when, allowed }) =>
    roles.flatMap((role) =>
      actions.flatMap((action) =>
        subjects.map((subject): PolicyRow => ({ role, action, subject, allowed, ...(when && { when }) })),
      ),
    ),
  ),
);

import { AbilityBuilder, createMongoAbility, subject, type ForcedSubject } from '@casl/ability';
import {
  SEGREGATION_OF_DUTIES,
  type Actor,
  type ApiKeyScope,
  type AppAbility,
  type RecordSubjectType,
  type Role,
} from './vocabulary.js';

type Builder = AbilityBuilder<AppAbility>;
type UserActor = Extract<Actor, { kind: 'user' }>;

/** Builds the ability of a caller. Roles and scopes only ever add grants; the SoD rule is the one exception. */
export function defineAbilityFor(actor: Actor): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (actor.kind === 'user') {
    // A Set so a duplicated role does not duplicate rules (and packed payloads).
    for (const role of new Set(actor.roles)) grantRole(builder, role, actor);
    builder.can('read', 'Notification', { recipientId: actor.userId });
    // Segregation of duties, added after every grant so no role mix overrides it: nobody confirms a condition that
    // binds them, and (the last rule, highest priority) nobody decides a sign-off they submitted.
    builder.cannot('confirm', 'Condition', { ownerId: actor.userId }).because(SEGREGATION_OF_DUTIES);
    builder.cannot('decide', 'SignOff', { submittedBy: actor.userId }).because(SEGREGATION_OF_DUTIES);
  } else {
    for (const scope of new Set(actor.scopes)) grantScope(builder, scope);
  }
  return builder.build();
}

/** Tags a plain row (e.g. from drizzle) with its subject type so conditions apply to it. Tags the object in place. */
export function asSubject<T extends object, S extends RecordSubjectType = RecordSubjectType>(
  type: S,
  obj: T,
): T & ForcedSubject<S> {
  return subject(type, obj as T & Record<PropertyKey, unknown>);
}

function grantRole({ can }: Builder, role: Role, actor: UserActor): void {
  const me = actor.userId;
  switch (role) {
    case 'tenant_admin':
      can('manage', ['ApiKey', 'Member', 'TenantPolicy']);
      // Admins open reviews too: API keys are theirs to create, and a key never holds more than its creator.
      can(['read', 'create', 'update', 'retire', 'reinstate', 'review'], 'AiSystem');
      can('read', ['Assessment', 'SignOff', 'Evidence', 'Incident', 'AuditEvent']);
      can(['create', 'update'], 'Incident');
      can(['read', 'create', 'update'], 'RegulatorRequest');
      can('verify', 'AuditEvent');
      can('fulfil', 'Condition', { ownerId: me });
      can(['read', 'update'], ['Feedback', 'FeedbackChannel']);
      can(['read', 'create', 'update', 'delete'], 'WebhookEndpoint');
      return;
    case 'governance_officer':
      can(['read', 'create', 'update', 'retire', 'reinstate', 'review'], 'AiSystem');
      // Officers close conditions (with evidence), their own excepted: see the segregation-of-duties rules.
      can(['fulfil', 'confirm'], 'Condition');
      can(['read', 'create', 'update', 'submit'], 'Assessment');
      can(['read', 'create'], 'Evidence');
      can('read', 'SignOff');
      // Low-tier sign-offs are the officer's (the tier's approver role is on the sign-off, from resolveTierPolicy).
      can('decide', 'SignOff', { approverRole: 'governance_officer' });
      can(['read', 'create', 'update'], 'Incident');
      can(['read', 'create', 'update'], 'RegulatorRequest');
      can(['read', 'verify'], 'AuditEvent');
      can('read', 'Member');
      // Officers triage what stakeholders report (update = dismiss, link, promote) and run the public channel.
      can(['read', 'update'], ['Feedback', 'FeedbackChannel']);
      return;
    case 'system_owner':
      can('create', 'AiSystem');
      // An empty $in would match nothing; omit the rule instead of sending it to SQL.
      if (actor.businessUnitIds.length > 0) can('read', 'AiSystem', { businessUnitId: { $in: actor.businessUnitIds } });
      can(['read', 'update', 'review'], 'AiSystem', { ownerId: me });
      can(['read', 'update', 'submit'], 'Assessment', { systemOwnerId: me });
      // The person a condition binds submits its fulfilment; an officer confirms it.
      can('fulfil', 'Condition', { ownerId: me });
      can(['read', 'create'], 'Evidence', { systemOwnerId: me });
      can('read', 'SignOff', { systemOwnerId: me });
      can(['read', 'create'], 'Incident', { systemOwnerId: me });
      can('read', 'Feedback', { systemOwnerId: me });
      // Requests from authorities about one of their systems: read only (officers answer them).
      can('read', 'RegulatorRequest', { systemOwnerId: me });
      // Colleagues' names are visible inside a tenant: owners assign gaps and conditions to people.
      can('read', 'Member');
      return;
    case 'executive':
      can('read', ['AiSystem', 'Assessment', 'SignOff', 'Evidence', 'Incident']);
      can('decide', 'SignOff', { approverRole: 'executive' });
      can(['read', 'verify'], 'AuditEvent');
      can('read', 'Member');
      can('fulfil', 'Condition', { ownerId: me });
      return;
    case 'auditor':
      can('read', [
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
        'RegulatorRequest',
        'WebhookEndpoint',
      ]);
      can('verify', 'AuditEvent');
      return;
    default:
      // Unknown role strings from storage grant nothing (fail closed).
      return;
  }
}

function grantScope({ can }: Builder, scope: ApiKeyScope): void {
  switch (scope) {
    case 'ai-systems:read':
      can('read', 'AiSystem');
      return;
    // Editing is not retiring, reinstating or reviewing: those have grants of their own.
    case 'ai-systems:write':
      can(['read', 'create', 'update'], 'AiSystem');
      return;
    // Assessments hang off a system, so they need to read it; submitting stays with people.
    case 'assessments:read':
      can('read', ['AiSystem', 'Assessment', 'Evidence']);
      return;
    case 'assessments:write':
      can('read', 'AiSystem');
      can(['read', 'create', 'update'], ['Assessment', 'Evidence']);
      return;
    case 'incidents:read':
      can('read', 'Incident');
      return;
    case 'incidents:write':
      can(['read', 'create', 'update'], 'Incident');
      return;
    case 'regulator-requests:read':
      can('read', 'RegulatorRequest');
      return;
    case 'regulator-requests:write':
      can(['read', 'create', 'update'], 'RegulatorRequest');
      return;
    case 'audit-events:read':
      can(['read', 'verify'], 'AuditEvent');
      return;
    case 'dossiers:read':
      can('read', ['AiSystem', 'Assessment', 'SignOff', 'Evidence']);
      return;
    case 'reviews:write':
      can(['read', 'review'], 'AiSystem');
      return;
    default:
      return;
  }
}

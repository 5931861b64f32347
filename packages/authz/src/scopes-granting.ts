import { defineAbilityFor } from './define-ability.js';
import { API_KEY_SCOPES, type Action, type ApiKeyScope, type SubjectType } from './vocabulary.js';

/**
 * The API-key scopes that grant an action on a subject, read off the same CASL rules that decide requests; the
 * OpenAPI document lists them per operation, so the scope list and each operation's requirement cannot drift.
 */
export const scopesGranting = (action: Action, subject: SubjectType): ApiKeyScope[] =>
  API_KEY_SCOPES.filter((scope) =>
    defineAbilityFor({ kind: 'api_key', tenantId: '', keyId: '', createdBy: '', scopes: [scope] }).can(action, subject),
  );

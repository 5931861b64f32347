// Public surface of @kizuna/authz: the single source of permissions for api, workflows, web and domain.
export {
  ACTIONS,
  API_KEY_SCOPES,
  APPROVER_ROLES,
  ROLES,
  SEGREGATION_OF_DUTIES,
  SUBJECTS,
  type Action,
  type Actor,
  type ApiKeyScope,
  type ApproverRole,
  type AppAbility,
  type AppSubject,
  type ConditionFields,
  type RecordSubjectType,
  type Role,
  type SubjectType,
} from './vocabulary.js';
// Re-exported so callers map denials (`ForbiddenError.from(ability).throwUnlessCan(...)`) without their own CASL import.
export { ForbiddenError } from '@casl/ability';
export { asSubject, defineAbilityFor } from './define-ability.js';
export { mayConfirmCondition, mayDecideSignOff, mayFulfilCondition } from './sign-off-rule.js';
export { scopesGranting } from './scopes-granting.js';
export { packAbility, unpackAbility } from './pack-ability.js';
export { buildListFilter, UnsupportedConditionError, type CmpOp, type Filter } from './list-filter.js';
export {
  POLICY_GRANTS,
  POLICY_TABLE,
  type PolicyGrant,
  type PolicyRole,
  type PolicyRow,
  type PolicyWhen,
} from './policy-table.js';

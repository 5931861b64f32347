import { asSubject, type Action, type AppAbility, type RecordSubjectType } from '@kizuna/authz';
import { AppError } from './errors/app-error.js';

// Denies with the rule's reason when it has one (segregation of duties), otherwise a plain FORBIDDEN.
export const authorize = (
  ability: AppAbility,
  action: Action,
  subjectType: RecordSubjectType,
  object?: object,
): void => {
  const target = object ? asSubject(subjectType, object) : subjectType;
  if (ability.can(action, target as never)) return;
  const rule = ability.relevantRuleFor(action, target as never);
  if (rule?.inverted && rule.reason === 'SEGREGATION_OF_DUTIES') {
    throw new AppError('SEGREGATION_OF_DUTIES', 'The person who submitted this cannot decide it');
  }
  throw new AppError('FORBIDDEN', `Not allowed to ${action} ${subjectType}`);
};

// Reading an object you may not read answers 404, so its existence does not leak.
export const authorizeRead = (
  ability: AppAbility,
  subjectType: RecordSubjectType,
  object: object,
  what: string,
): void => {
  if (!ability.can('read', asSubject(subjectType, object) as never))
    throw new AppError('NOT_FOUND', `${what} not found`);
};

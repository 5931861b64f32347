import { asSubject, defineAbilityFor } from './define-ability.js';
import type { ApproverRole, Role } from './vocabulary.js';

// The sign-off rules the lifecycle state machine asks, for callers that hold only a person's id and roles: the same
// CASL rules the API applies, so the workflow and the API cannot disagree.

type Person = { userId: string; roles: readonly string[] };

const abilityOf = (person: Person) =>
  defineAbilityFor({
    kind: 'user',
    tenantId: '',
    userId: person.userId,
    roles: person.roles as Role[],
    businessUnitIds: [],
  });

/** Whether a person may decide a sign-off: the tier's approver role, and never one's own submission. */
export const mayDecideSignOff = (
  signer: Person,
  signOff: { approverRole: ApproverRole; submittedBy: string },
): boolean => abilityOf(signer).can('decide', asSubject('SignOff', signOff));

/** Whether a person may submit the fulfilment of a condition: the person it binds, or an officer. */
export const mayFulfilCondition = (person: Person, condition: { ownerId: string }): boolean =>
  abilityOf(person).can('fulfil', asSubject('Condition', condition));

/** Whether a person may confirm a condition as met: an officer, never for a condition that binds them. */
export const mayConfirmCondition = (person: Person, condition: { ownerId: string }): boolean =>
  abilityOf(person).can('confirm', asSubject('Condition', condition));

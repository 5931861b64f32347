import { asSubject, defineAbilityFor } from './define-ability.js';
import type { ApproverRole, Role } from './vocabulary.js';

/**
 * Whether a person may decide a sign-off: the same CASL rules the API applies (the tier's approver role, and never
 * one's own submission), for callers that hold only the signer's id and roles, such as the lifecycle state machine.
 */
export const mayDecideSignOff = (
  signer: { userId: string; roles: readonly string[] },
  signOff: { approverRole: ApproverRole; submittedBy: string },
): boolean =>
  defineAbilityFor({
    kind: 'user',
    tenantId: '',
    userId: signer.userId,
    roles: signer.roles as Role[],
    businessUnitIds: [],
  }).can('decide', asSubject('SignOff', signOff));

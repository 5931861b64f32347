// Shared by the co-located tests only; not exported from the package.
import { asSubject } from './define-ability.js';
import type { PolicyRole, PolicyWhen } from './policy-table.js';
import {
  SUBJECTS,
  type Actor,
  type ApiKeyScope,
  type ApproverRole,
  type RecordSubjectType,
  type Role,
} from './vocabulary.js';

export const ME = 'user-me';
export const OTHER = 'user-other';
export const BU_MINE = 'bu-mine';
export const BU_OTHER = 'bu-other';

export const RECORD_SUBJECTS = SUBJECTS.filter((s): s is RecordSubjectType => s !== 'all');

export function makeUser(roles: Role[], businessUnitIds: string[] = [BU_MINE]): Actor {
  return { kind: 'user', tenantId: 't-1', userId: ME, roles, businessUnitIds };
}

export function makeKey(scopes: ApiKeyScope[]): Actor {
  return { kind: 'api_key', tenantId: 't-1', keyId: 'key-1', createdBy: ME, scopes };
}

export function makeActorFor(role: PolicyRole): Actor {
  return role.startsWith('integrator:')
    ? makeKey([role.slice('integrator:'.length) as ApiKeyScope])
    : makeUser([role as Role]);
}

// A record tied to nobody the actor knows.
const UNRELATED = {
  id: 'rec-1',
  ownerId: OTHER,
  businessUnitId: BU_OTHER,
  systemOwnerId: OTHER,
  recipientId: OTHER,
  submittedBy: OTHER,
};

type RecordFields = typeof UNRELATED & { approverRole?: ApproverRole };

// A sign-off the role would otherwise decide: the segregation-of-duties denial is then about the submitter alone.
const approverRoleOf = (role: PolicyRole | undefined): ApproverRole =>
  role === 'governance_officer' ? 'governance_officer' : 'executive';

const patchFor = (when: PolicyWhen, role: PolicyRole | undefined): Partial<RecordFields> =>
  when === 'submittedBy = me' ? { submittedBy: ME, approverRole: approverRoleOf(role) } : PATCHES[when];

const PATCHES: Record<PolicyWhen, Partial<RecordFields>> = {
  'ownerId = me': { ownerId: ME },
  'businessUnitId in mine': { businessUnitId: BU_MINE },
  'systemOwnerId = me': { systemOwnerId: ME },
  'recipientId = me': { recipientId: ME },
  'submittedBy = me': { submittedBy: ME },
  'approverRole = executive': { approverRole: 'executive' },
  'approverRole = governance_officer': { approverRole: 'governance_officer' },
  unrelated: {},
};

export function makeRecord(subject: RecordSubjectType, when: PolicyWhen | undefined, role?: PolicyRole) {
  return asSubject(subject, { ...UNRELATED, ...(when && patchFor(when, role)) });
}

// Every relation at once (except having submitted it), to prove a denial is not about the record.
export function makeMineRecord(subject: RecordSubjectType) {
  return asSubject(subject, {
    ...UNRELATED,
    ownerId: ME,
    businessUnitId: BU_MINE,
    systemOwnerId: ME,
    recipientId: ME,
  });
}

export function makeSampleRecords(subject: RecordSubjectType) {
  const whens: Array<PolicyWhen | undefined> = [undefined, ...(Object.keys(PATCHES) as PolicyWhen[])];
  return [...whens.map((when) => makeRecord(subject, when)), makeMineRecord(subject)];
}

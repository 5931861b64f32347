import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@casl/ability';
import { asSubject, defineAbilityFor } from './define-ability.js';
import { BU_MINE, makeKey, makeMineRecord, makeRecord, makeUser, ME, OTHER, RECORD_SUBJECTS } from './test-fixtures.js';
import { scopesGranting } from './scopes-granting.js';
import { mayConfirmCondition, mayDecideSignOff, mayFulfilCondition } from './sign-off-rule.js';
import {
  ACTIONS,
  API_KEY_SCOPES,
  ROLES,
  SEGREGATION_OF_DUTIES,
  type Actor,
  type ApproverRole,
  type Role,
} from './vocabulary.js';

const signOff = (submittedBy: string, approverRole: ApproverRole = 'executive') =>
  asSubject('SignOff', { id: 's-1', systemOwnerId: OTHER, submittedBy, approverRole });

describe('segregation of duties', () => {
  const powerUser = makeUser(['executive', 'tenant_admin', 'governance_officer']);

  it('when an executive + tenant_admin + governance_officer submitted a sign-off, then they cannot decide it', () => {
    const ability = defineAbilityFor(powerUser);
    expect(ability.can('decide', signOff(ME))).toBe(false);
    expect(ability.can('manage', signOff(ME))).toBe(false);
  });

  it('when the same user did not submit the sign-off, then they can decide it', () => {
    expect(defineAbilityFor(powerUser).can('decide', signOff(OTHER))).toBe(true);
  });

  it('when the decision is refused, then ForbiddenError carries the SEGREGATION_OF_DUTIES reason', () => {
    const ability = defineAbilityFor(powerUser);
    expect(() => ForbiddenError.from(ability).throwUnlessCan('decide', signOff(ME))).toThrow(SEGREGATION_OF_DUTIES);
  });

  it('when every role is held (even twice, in any order), then the SoD rule is still the last rule', () => {
    for (const roles of [[...ROLES], [...ROLES].reverse(), [...ROLES, ...ROLES]]) {
      const ability = defineAbilityFor(makeUser(roles));
      const last = ability.rules.at(-1);
      expect(last).toMatchObject({
        action: 'decide',
        subject: 'SignOff',
        inverted: true,
        reason: SEGREGATION_OF_DUTIES,
      });
      expect(ability.can('decide', signOff(ME))).toBe(false);
      expect(ability.can('decide', signOff(OTHER))).toBe(true);
    }
  });

  it('when roles are combined, then the only inverted rules are the SoD rules (no role-level cannot)', () => {
    const inverted = defineAbilityFor(makeUser([...ROLES])).rules.filter((r) => r.inverted);
    expect(inverted).toEqual([
      {
        action: 'confirm',
        subject: 'Condition',
        conditions: { ownerId: ME },
        inverted: true,
        reason: SEGREGATION_OF_DUTIES,
      },
      {
        action: 'decide',
        subject: 'SignOff',
        conditions: { submittedBy: ME },
        inverted: true,
        reason: SEGREGATION_OF_DUTIES,
      },
    ]);
  });
});

describe('lifecycle actions (finding 2)', () => {
  const system = (ownerId: string) => asSubject('AiSystem', { id: 's-1', ownerId, businessUnitId: null });
  const condition = (ownerId: string) => asSubject('Condition', { ownerId });

  it('finding 2: when a key with only ai-systems:write tries to retire, reinstate, review or fulfil, then it is refused', () => {
    const ability = defineAbilityFor(makeKey(['ai-systems:write']));
    expect(ability.can('update', system(OTHER))).toBe(true);
    for (const action of ['retire', 'reinstate', 'review'] as const)
      expect(ability.can(action, system(OTHER))).toBe(false);
    expect(ability.can('fulfil', condition(OTHER))).toBe(false);
  });

  it('finding 2: when a key holds every scope, then it still cannot retire or reinstate a system or close a condition', () => {
    const ability = defineAbilityFor(makeKey([...API_KEY_SCOPES]));
    for (const action of ['retire', 'reinstate'] as const) expect(ability.can(action, 'AiSystem')).toBe(false);
    for (const action of ['fulfil', 'confirm'] as const) expect(ability.can(action, 'Condition')).toBe(false);
    expect(ability.can('review', system(OTHER))).toBe(true);
  });

  it('finding 2: when the owner of a system tries to retire or reinstate it, then it is refused; reviewing it is allowed', () => {
    const ability = defineAbilityFor(makeUser(['system_owner']));
    expect(ability.can('update', system(ME))).toBe(true);
    for (const action of ['retire', 'reinstate'] as const) expect(ability.can(action, system(ME))).toBe(false);
    expect(ability.can('review', system(ME))).toBe(true);
    expect(ability.can('review', system(OTHER))).toBe(false);
  });

  it('finding 2: when officers and admins retire or reinstate, then it is allowed', () => {
    for (const role of ['governance_officer', 'tenant_admin'] as const) {
      const ability = defineAbilityFor(makeUser([role]));
      for (const action of ['retire', 'reinstate'] as const)
        expect(ability.can(action, system(OTHER)), role).toBe(true);
    }
  });

  it('finding 2: when the person a condition binds fulfils it, then they may submit it but never confirm it, even as an officer', () => {
    const owner = { userId: ME, roles: ['system_owner'] };
    expect(mayFulfilCondition(owner, { ownerId: ME })).toBe(true);
    expect(mayFulfilCondition(owner, { ownerId: OTHER })).toBe(false);
    expect(mayConfirmCondition(owner, { ownerId: ME })).toBe(false);
    const ownerAndOfficer = { userId: ME, roles: ['system_owner', 'governance_officer'] };
    expect(mayConfirmCondition(ownerAndOfficer, { ownerId: ME })).toBe(false);
    expect(mayConfirmCondition(ownerAndOfficer, { ownerId: OTHER })).toBe(true);
    const rule = defineAbilityFor(makeUser(['governance_officer'])).relevantRuleFor('confirm', condition(ME));
    expect(rule).toMatchObject({ inverted: true, reason: SEGREGATION_OF_DUTIES });
  });
});

describe('approver by tier', () => {
  it('when a sign-off names its approver role, then only holders of that role may decide it', () => {
    const executive = defineAbilityFor(makeUser(['executive']));
    const officer = defineAbilityFor(makeUser(['governance_officer']));
    expect(executive.can('decide', signOff(OTHER, 'executive'))).toBe(true);
    expect(executive.can('decide', signOff(OTHER, 'governance_officer'))).toBe(false);
    expect(officer.can('decide', signOff(OTHER, 'governance_officer'))).toBe(true);
    expect(officer.can('decide', signOff(OTHER, 'executive'))).toBe(false);
    // A type-level check answers "may decide some sign-off": what the web app asks to show the inbox.
    expect(officer.can('decide', 'SignOff')).toBe(true);
    expect(defineAbilityFor(makeUser(['auditor'])).can('decide', 'SignOff')).toBe(false);
  });

  it('when the state machine asks with only the signer id and roles, then it gets the same answers as CASL', () => {
    for (const roles of [['executive'], ['governance_officer'], ['auditor'], ['executive', 'governance_officer']]) {
      for (const approverRole of ['executive', 'governance_officer'] as const) {
        for (const submittedBy of [ME, OTHER]) {
          const viaCasl = defineAbilityFor(makeUser(roles as Role[])).can('decide', signOff(submittedBy, approverRole));
          expect(mayDecideSignOff({ userId: ME, roles }, { approverRole, submittedBy })).toBe(viaCasl);
        }
      }
    }
  });
});

describe('role union', () => {
  it('when a user is system_owner and auditor, then they get both grants', () => {
    const ability = defineAbilityFor(makeUser(['system_owner', 'auditor']));
    expect(ability.can('read', makeRecord('AiSystem', 'unrelated'))).toBe(true); // from auditor
    expect(ability.can('update', makeRecord('AiSystem', 'ownerId = me'))).toBe(true); // from system_owner
    expect(ability.can('update', makeRecord('AiSystem', 'unrelated'))).toBe(false); // from neither
  });

  it('when a user is tenant_admin and executive, then they can decide sign-offs of others', () => {
    const ability = defineAbilityFor(makeUser(['tenant_admin', 'executive']));
    expect(ability.can('decide', signOff(OTHER))).toBe(true);
    expect(defineAbilityFor(makeUser(['tenant_admin'])).can('decide', signOff(OTHER))).toBe(false);
  });

  it('when a user has no roles, then they can only read their own notifications', () => {
    const ability = defineAbilityFor(makeUser([]));
    for (const subject of RECORD_SUBJECTS) {
      for (const action of ACTIONS) {
        expect(ability.can(action, subject), `${action} ${subject}`).toBe(
          action === 'read' && subject === 'Notification',
        );
      }
    }
    expect(ability.can('read', makeRecord('Notification', 'recipientId = me'))).toBe(true);
    expect(ability.can('read', makeRecord('Notification', 'unrelated'))).toBe(false);
  });

  it('when a stored role is unknown, then it grants nothing', () => {
    const ability = defineAbilityFor(makeUser(['superuser' as Role]));
    expect(ability.can('read', 'AiSystem')).toBe(false);
    expect(ability.can('manage', 'all')).toBe(false);
  });
});

describe('system_owner', () => {
  it('when the owner has no business units, then only owned systems are readable', () => {
    const ability = defineAbilityFor(makeUser(['system_owner'], []));
    expect(ability.can('read', makeRecord('AiSystem', 'ownerId = me'))).toBe(true);
    expect(ability.can('read', asSubject('AiSystem', { ownerId: OTHER, businessUnitId: BU_MINE }))).toBe(false);
  });

  it('when a system has no business unit, then it is not visible through business units', () => {
    const ability = defineAbilityFor(makeUser(['system_owner']));
    expect(ability.can('read', asSubject('AiSystem', { ownerId: OTHER, businessUnitId: null }))).toBe(false);
  });
});

describe('auditor', () => {
  const ability = defineAbilityFor(makeUser(['auditor']));

  it('when an auditor tries anything but read or verify, then it is denied for every subject and record', () => {
    for (const subject of RECORD_SUBJECTS) {
      for (const action of ACTIONS.filter((a) => a !== 'read' && a !== 'verify')) {
        expect(ability.can(action, subject), `${action} ${subject}`).toBe(false);
        expect(ability.can(action, makeMineRecord(subject)), `${action} own ${subject}`).toBe(false);
      }
    }
  });

  it('when an auditor reads, then every subject is readable and the audit chain verifiable', () => {
    // A condition is read as part of its sign-off; nobody reads it on its own.
    for (const subject of RECORD_SUBJECTS.filter((s) => s !== 'Notification' && s !== 'Condition')) {
      expect(ability.can('read', makeRecord(subject, 'unrelated')), subject).toBe(true);
    }
    expect(ability.can('verify', makeRecord('AuditEvent', 'unrelated'))).toBe(true);
    expect(ability.can('verify', 'AiSystem')).toBe(false);
  });
});

describe('api keys', () => {
  const allScopes = makeKey([...API_KEY_SCOPES]);

  it('when a key holds every scope, then it still cannot decide sign-offs or manage keys and members', () => {
    const ability = defineAbilityFor(allScopes);
    expect(ability.can('decide', 'SignOff')).toBe(false);
    expect(ability.can('decide', signOff(OTHER))).toBe(false);
    for (const subject of ['ApiKey', 'Member', 'TenantPolicy'] as const) {
      for (const action of ACTIONS) expect(ability.can(action, subject), `${action} ${subject}`).toBe(false);
    }
    expect(ability.can('read', 'Notification')).toBe(false);
  });

  it('when a key holds every scope, then it has no inverted rules and no conditions', () => {
    const rules = defineAbilityFor(allScopes).rules;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => !r.inverted && r.conditions === undefined)).toBe(true);
  });

  it('when scopes are combined, then the key gets their union', () => {
    const ability = defineAbilityFor(makeKey(['ai-systems:read', 'incidents:write']));
    expect(ability.can('read', 'AiSystem')).toBe(true);
    expect(ability.can('update', 'AiSystem')).toBe(false);
    expect(ability.can('create', makeRecord('Incident', 'unrelated'))).toBe(true);
    expect(ability.can('read', 'Assessment')).toBe(false);
  });

  it('when a key has no scopes or an unknown one, then it can do nothing', () => {
    for (const actor of [makeKey([]), makeKey(['admin:all' as never])] satisfies Actor[]) {
      const ability = defineAbilityFor(actor);
      expect(ability.rules).toEqual([]);
      expect(ability.can('read', 'AiSystem')).toBe(false);
    }
  });
});

describe('asSubject', () => {
  interface AiSystemRow {
    id: string;
    ownerId: string;
    businessUnitId: string | null;
    name: string;
  }

  it('when a typed row is tagged, then conditions apply to it and the row keeps its fields', () => {
    const row: AiSystemRow = { id: 'a-1', ownerId: ME, businessUnitId: null, name: 'Scoring model' };
    const tagged = asSubject('AiSystem', row);
    expect(tagged.name).toBe('Scoring model');
    expect(defineAbilityFor(makeUser(['system_owner'])).can('update', tagged)).toBe(true);
  });

  it('when a plain object is not tagged, then nothing matches it (fail closed)', () => {
    const ability = defineAbilityFor(makeUser(['governance_officer']));
    expect(ability.can('read', { ownerId: ME } as never)).toBe(false);
  });
});

describe('scopes granting a permission', () => {
  it('when an operation needs an action on a subject, then exactly the scopes whose keys may do it are named', () => {
    expect(scopesGranting('read', 'AiSystem')).toEqual([
      'ai-systems:read',
      'ai-systems:write',
      'assessments:read',
      'assessments:write',
      'dossiers:read',
      'reviews:write',
    ]);
    expect(scopesGranting('verify', 'AuditEvent')).toEqual(['audit-events:read']);
    expect(scopesGranting('review', 'AiSystem')).toEqual(['reviews:write']);
    for (const action of ['retire', 'reinstate'] as const) expect(scopesGranting(action, 'AiSystem')).toEqual([]);
    expect(scopesGranting('fulfil', 'Condition')).toEqual([]);
    expect(scopesGranting('decide', 'SignOff')).toEqual([]);
    for (const scope of API_KEY_SCOPES) {
      const granted = scopesGranting('create', 'Assessment').includes(scope);
      expect(defineAbilityFor(makeKey([scope])).can('create', 'Assessment'), scope).toBe(granted);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { asSubject, defineAbilityFor } from './define-ability.js';
import { buildListFilter } from './list-filter.js';
import type { Actor, Role } from './vocabulary.js';

// Requests from authorities: officers and admins keep the register, auditors read it, system owners read the
// requests that name one of their systems, and API keys get what their regulator-requests scope says.
const user = (role: Role): Actor => ({ kind: 'user', tenantId: 't', userId: 'me', roles: [role], businessUnitIds: [] });
const request = (owners: string[]) => asSubject('RegulatorRequest', { systemOwnerId: owners } as never);
const WRITES = ['create', 'update'] as const;

describe('regulator requests', () => {
  it('when an officer or a tenant admin acts, then they read, record and update any request', () => {
    for (const role of ['governance_officer', 'tenant_admin'] as const) {
      const ability = defineAbilityFor(user(role));
      for (const action of ['read', ...WRITES] as const) expect(ability.can(action, request([]))).toBe(true);
    }
  });

  it('when an auditor acts, then they read every request and change none', () => {
    const auditor = defineAbilityFor(user('auditor'));
    expect(auditor.can('read', request(['someone']))).toBe(true);
    for (const action of WRITES) expect(auditor.can(action, request([]))).toBe(false);
  });

  it('when a system owner acts, then they read only requests linked to a system of theirs, and change none', () => {
    const owner = defineAbilityFor(user('system_owner'));
    expect(owner.can('read', request(['someone', 'me']))).toBe(true);
    expect(owner.can('read', request(['someone']))).toBe(false);
    expect(owner.can('read', request([]))).toBe(false);
    for (const action of WRITES) expect(owner.can(action, request(['me']))).toBe(false);
    expect(buildListFilter(owner, 'read', 'RegulatorRequest')).toEqual({
      kind: 'cmp',
      op: 'eq',
      field: 'systemOwnerId',
      value: 'me',
    });
  });

  it('when an executive acts, then the register is not theirs', () => {
    expect(defineAbilityFor(user('executive')).can('read', 'RegulatorRequest')).toBe(false);
  });

  it('when an API key holds a regulator-requests scope, then read reads and write also records and updates', () => {
    const key = (scope: 'regulator-requests:read' | 'regulator-requests:write') =>
      defineAbilityFor({ kind: 'api_key', tenantId: 't', keyId: 'k', createdBy: 'me', scopes: [scope] });
    expect(key('regulator-requests:read').can('read', request([]))).toBe(true);
    expect(key('regulator-requests:read').can('create', request([]))).toBe(false);
    for (const action of ['read', ...WRITES] as const)
      expect(key('regulator-requests:write').can(action, request([]))).toBe(true);
    const incidents = defineAbilityFor({
      kind: 'api_key',
      tenantId: 't',
      keyId: 'k',
      createdBy: 'me',
      scopes: ['incidents:write'],
    });
    expect(incidents.can('read', 'RegulatorRequest')).toBe(false);
  });
});

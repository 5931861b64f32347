import { describe, expect, it } from 'vitest';
import { asSubject, defineAbilityFor } from './define-ability.js';
import { buildListFilter } from './list-filter.js';

// An incident may affect several AI systems; its subject carries every owner (`systemOwnerId` as a list).
const owner = defineAbilityFor({
  kind: 'user',
  tenantId: 't',
  userId: 'me',
  roles: ['system_owner'],
  businessUnitIds: [],
});
const incident = (owners: string[]) => asSubject('Incident', { systemOwnerId: owners } as never);

describe('system owners and incidents of several systems', () => {
  it('when the owner owns one of the linked systems, then they may read and create it, not update it', () => {
    expect(owner.can('read', incident(['someone', 'me']))).toBe(true);
    expect(owner.can('create', incident(['me']))).toBe(true);
    expect(owner.can('update', incident(['me']))).toBe(false);
  });

  it('when the owner owns none of them, or the incident links no system, then they may not read it', () => {
    expect(owner.can('read', incident(['someone', 'else']))).toBe(false);
    expect(owner.can('read', incident([]))).toBe(false);
  });

  it('when the list filter is built, then it is the same condition for the SQL layer to apply per linked system', () => {
    expect(buildListFilter(owner, 'read', 'Incident')).toEqual({
      kind: 'cmp',
      op: 'eq',
      field: 'systemOwnerId',
      value: 'me',
    });
  });

  it('when a tenant admin acts on incidents, then they read, record and update any of them', () => {
    const admin = defineAbilityFor({
      kind: 'user',
      tenantId: 't',
      userId: 'a',
      roles: ['tenant_admin'],
      businessUnitIds: [],
    });
    for (const action of ['read', 'create', 'update'] as const) expect(admin.can(action, incident([]))).toBe(true);
  });
});

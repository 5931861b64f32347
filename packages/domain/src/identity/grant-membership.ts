import { ROLES } from '@kizuna/authz';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';

// Operator-side: gives a person roles in a tenant, audited in that tenant's chain.
export const grantMembership = async (
  deps: Deps,
  input: { tenantId: string; userId: string; roles: string[]; businessUnitIds?: string[] },
): Promise<void> => {
  const unknown = input.roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new AppError('VALIDATION_FAILED', `Unknown roles: ${unknown.join(', ')}`);
  const tenant = await deps.control.tenants.findById(input.tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', 'Tenant not found');
  const membership = {
    tenantId: input.tenantId,
    userId: input.userId,
    roles: input.roles,
    businessUnitIds: input.businessUnitIds ?? [],
  };
  await deps.runInTenant(tenant, async (repos) => {
    await repos.memberships.upsert(membership);
    await repos.audit.append({
      action: 'membership.granted',
      targetType: 'Member',
      targetId: input.userId,
      actor: { type: 'system', id: 'operator' },
      requestId: null,
      data: { roles: input.roles, businessUnitIds: membership.businessUnitIds },
    });
  });
};

import { ROLES, type Actor, type Role } from '@kizuna/authz';
import type { RequestContext } from '../context.js';
import type { Deps } from '../ports.js';
import { findActiveTenant, requireActive, tenantNotFound } from './find-active-tenant.js';

export const resolveUserContext = async (
  deps: Deps,
  input: { userId: string; tenantSlug: string; requestId: string | null },
): Promise<RequestContext> => {
  const tenant = await findActiveTenant(deps, input.tenantSlug);
  const membership = await deps.control.users.findMembership(tenant.id, input.userId);
  if (!membership) throw tenantNotFound();
  requireActive(tenant);
  const roles = membership.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  const actor: Actor = {
    kind: 'user',
    tenantId: tenant.id,
    userId: input.userId,
    roles,
    businessUnitIds: membership.businessUnitIds,
  };
  return { actor, tenant, requestId: input.requestId };
};

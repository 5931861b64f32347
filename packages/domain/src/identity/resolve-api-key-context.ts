import { ROLES, type Actor, type ApiKeyScope, type Role } from '@kizuna/authz';
import type { ApiKeyRecord } from '../api-keys/api-key-ports.js';
import type { UserActor } from '../api-keys/key-ability.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { findActiveTenant, requireActive, tenantNotFound } from './find-active-tenant.js';

// The creator's membership is read on every request, so a demotion narrows the key, and a removal stops it, at once.
export const resolveApiKeyContext = async (
  deps: Deps,
  input: { key: ApiKeyRecord; tenantSlug: string; requestId: string | null },
): Promise<RequestContext> => {
  const tenant = await findActiveTenant(deps, input.tenantSlug);
  if (tenant.id !== input.key.tenantId) throw tenantNotFound();
  requireActive(tenant);
  const membership = await deps.control.users.findMembership(tenant.id, input.key.createdBy);
  if (!membership)
    throw new AppError('UNAUTHENTICATED', 'API key is invalid: the person who created it is no longer a member');
  const keyCreator: UserActor = {
    kind: 'user',
    tenantId: tenant.id,
    userId: membership.userId,
    roles: membership.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    businessUnitIds: membership.businessUnitIds,
  };
  const actor: Actor = {
    kind: 'api_key',
    tenantId: tenant.id,
    keyId: input.key.id,
    createdBy: input.key.createdBy,
    scopes: input.key.scopes as ApiKeyScope[],
  };
  return { actor, tenant, requestId: input.requestId, keyCreator };
};

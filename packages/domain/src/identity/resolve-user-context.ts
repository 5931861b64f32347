import { ROLES, type Actor, type Role, type ApiKeyScope } from '@kizuna/authz';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { ApiKeyRecord, Deps, TenantRecord } from '../ports.js';

// A tenant the caller does not belong to answers exactly like one that does not exist.
const tenantNotFound = () => new AppError('NOT_FOUND', 'Tenant not found');

const findActiveTenant = async (deps: Deps, slug: string): Promise<TenantRecord> => {
  const tenant = await deps.control.tenants.findBySlug(slug);
  if (!tenant) throw tenantNotFound();
  return tenant;
};

const requireActive = (tenant: TenantRecord) => {
  if (tenant.status !== 'active') throw new AppError('TENANT_NOT_ACTIVE', `Tenant is ${tenant.status}`);
};

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

export const resolveApiKeyContext = async (
  deps: Deps,
  input: { key: ApiKeyRecord; tenantSlug: string; requestId: string | null },
): Promise<RequestContext> => {
  const tenant = await findActiveTenant(deps, input.tenantSlug);
  if (tenant.id !== input.key.tenantId) throw tenantNotFound();
  requireActive(tenant);
  const actor: Actor = {
    kind: 'api_key',
    tenantId: tenant.id,
    keyId: input.key.id,
    createdBy: input.key.createdBy,
    scopes: input.key.scopes as ApiKeyScope[],
  };
  return { actor, tenant, requestId: input.requestId };
};

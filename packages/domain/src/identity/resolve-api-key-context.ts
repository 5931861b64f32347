import type { Actor, ApiKeyScope } from '@kizuna/authz';
import type { ApiKeyRecord } from '../api-keys/api-key-ports.js';
import type { RequestContext } from '../context.js';
import type { Deps } from '../ports.js';
import { findActiveTenant, requireActive, tenantNotFound } from './find-active-tenant.js';

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

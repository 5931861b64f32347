import type { TMe } from '@kizuna/contracts';
import { unpackAbility, type AppAbility } from '@kizuna/authz';
import { requestJson } from '../api/http-client.js';

// The API is authoritative; the web app only uses these rules to hide actions the caller cannot take.

export interface TenantAccess extends Pick<TMe, 'user' | 'tenant' | 'roles'> {
  ability: AppAbility;
}

export async function fetchTenantAccess(tenant: string, signal?: AbortSignal): Promise<TenantAccess> {
  const { data } = await requestJson<TMe>(`/api/v1/tenants/${encodeURIComponent(tenant)}/me`, { signal });
  // unpackAbility rejects unknown actions/subjects instead of silently dropping a rule.
  return { user: data.user, tenant: data.tenant, roles: data.roles, ability: unpackAbility(data.rules) };
}

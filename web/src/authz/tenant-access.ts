import type { TMe } from '@kizuna/contracts';
import { unpackAbility, type AppAbility } from '@kizuna/authz';
import { requestJson } from '../api/http-client.js';

// The API is authoritative; the web app only uses these rules to hide actions the caller cannot take.

export interface TenantAccess extends Pick<TMe, 'user' | 'tenant' | 'roles'> {
  ability: AppAbility;
  /** Display names of the tenant's people, when the caller may list them; IDs are shown otherwise. */
  memberNames: Record<string, string>;
}

async function fetchMemberNames(tenant: string, signal?: AbortSignal): Promise<Record<string, string>> {
  const { data } = await requestJson<{ items: { id: string; displayName: string }[] }>(
    `/api/v1/tenants/${encodeURIComponent(tenant)}/members`,
    { signal },
  );
  return Object.fromEntries(data.items.map((m) => [m.id, m.displayName]));
}

export async function fetchTenantAccess(tenant: string, signal?: AbortSignal): Promise<TenantAccess> {
  const { data } = await requestJson<TMe>(`/api/v1/tenants/${encodeURIComponent(tenant)}/me`, { signal });
  // unpackAbility rejects unknown actions/subjects instead of silently dropping a rule.
  const ability = unpackAbility(data.rules);
  const memberNames = ability.can('read', 'Member') ? await fetchMemberNames(tenant, signal) : {};
  return { user: data.user, tenant: data.tenant, roles: data.roles, ability, memberNames };
}

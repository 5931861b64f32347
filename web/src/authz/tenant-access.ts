import type { CallResult } from '@kizuna/client/session';
import type { TMe } from '@kizuna/contracts';
import { unpackAbility, type AppAbility } from '@kizuna/authz';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiQuery, useFreshQuery } from '../api/api-query.js';

// The API is authoritative; the web app only uses these rules to hide actions the caller cannot take.

export interface TenantAccess extends Pick<TMe, 'user' | 'tenant' | 'roles'> {
  ability: AppAbility;
  /** Display names of the tenant's people, when the caller may list them; IDs are shown otherwise. */
  memberNames: Record<string, string>;
}

/** Who the caller is in a tenant, with the people's names when the caller may read them; both must load. */
export function useTenantAccess(tenant: string) {
  const me = useFreshQuery({ ...apiQuery('getMe', { params: { tenant } }), select: selectCaller });
  const canReadMembers = me.data?.ability.can('read', 'Member') ?? false;
  const members = useFreshQuery({
    ...apiQuery('listMembers', { params: { tenant } }),
    enabled: canReadMembers,
    select: selectMemberNames,
  });
  const access = useMemo<TenantAccess | null>(
    () => (me.data && (!canReadMembers || members.data) ? { ...me.data, memberNames: members.data ?? {} } : null),
    [me.data, members.data, canReadMembers],
  );
  return { access, queries: canReadMembers ? [me, members] : [me] };
}

/** The caller's permission rules in a tenant (null until known), e.g. for the header outside the tenant shell. */
export function useTenantAbility(tenant: string | null): AppAbility | null {
  const me = useQuery({
    ...apiQuery('getMe', { params: { tenant: tenant ?? '' } }),
    select: selectCaller,
    enabled: tenant !== null,
  });
  return me.data?.ability ?? null;
}

// Module-level selectors keep their identity, so the ability is built once per answer, not once per render.
function selectCaller({ data }: CallResult<'getMe'>): Omit<TenantAccess, 'memberNames'> {
  // unpackAbility rejects unknown actions/subjects instead of silently dropping a rule.
  return { user: data.user, tenant: data.tenant, roles: data.roles, ability: unpackAbility(data.rules) };
}

function selectMemberNames({ data }: CallResult<'listMembers'>): Record<string, string> {
  return Object.fromEntries(data.items.map((member) => [member.id, member.displayName]));
}

import { packAbility } from '@kizuna/authz';
import type { TMe } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import type { Deps } from '../ports.js';

export const getMe = async (deps: Deps, ctx: RequestContext): Promise<TMe> => {
  const tenant = { id: ctx.tenant.id, slug: ctx.tenant.slug, name: ctx.tenant.name };
  const rules = packAbility(abilityOf(ctx));
  if (ctx.actor.kind === 'api_key') {
    return {
      user: { id: `key:${ctx.actor.keyId}`, email: null, displayName: 'API key' },
      tenant,
      roles: [],
      scopes: ctx.actor.scopes,
      rules,
    };
  }
  const user = await deps.control.users.findById(ctx.actor.userId);
  return {
    user: { id: ctx.actor.userId, email: user?.email ?? null, displayName: user?.displayName ?? '' },
    tenant,
    roles: ctx.actor.roles,
    rules,
  };
};

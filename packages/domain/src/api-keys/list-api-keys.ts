import type { TApiKey, TCursorQuery } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Page } from '../page.js';
import type { Deps } from '../ports.js';

export const listApiKeys = async (deps: Deps, ctx: RequestContext, query: TCursorQuery): Promise<Page<TApiKey>> => {
  authorize(abilityOf(ctx), 'read', 'ApiKey');
  return deps.runInTenant(ctx.tenant, (repos) => repos.apiKeys.list(ctx.tenant.id, query));
};

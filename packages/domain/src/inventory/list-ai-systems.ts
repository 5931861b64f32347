import { buildListFilter } from '@kizuna/authz';
import type { TAiSystem, TCursorQuery } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Page } from '../page.js';
import type { Deps } from '../ports.js';

// The permission rules become the WHERE clause, so a page never holds a row the caller may not read.
export const listAiSystems = async (deps: Deps, ctx: RequestContext, query: TCursorQuery): Promise<Page<TAiSystem>> => {
  const ability = abilityOf(ctx);
  authorize(ability, 'read', 'AiSystem');
  const filter = buildListFilter(ability, 'read', 'AiSystem');
  return deps.runInTenant(ctx.tenant, (repos) => repos.aiSystems.list(filter, query));
};

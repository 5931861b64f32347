import { buildListFilter } from '@kizuna/authz';
import type { TRegulatorRequestSummary, TRegulatorRequestsQuery } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Page } from '../page.js';
import type { Deps } from '../ports.js';
import { toRegulatorRequestSummary } from './regulator-request-view.js';

// The permission rules become the WHERE clause (a system owner's: a request linked to one of their systems), so a
// page never holds a row the caller may not read; `overdue` is judged at the same `now` as the view.
export const listRegulatorRequests = async (
  deps: Deps,
  ctx: RequestContext,
  query: TRegulatorRequestsQuery,
): Promise<Page<TRegulatorRequestSummary>> => {
  const ability = abilityOf(ctx);
  authorize(ability, 'read', 'RegulatorRequest');
  const filter = buildListFilter(ability, 'read', 'RegulatorRequest');
  const now = deps.now();
  const page = await deps.runInTenant(ctx.tenant, (repos) => repos.regulatorRequests.list(filter, { ...query, now }));
  return { items: page.items.map((r) => toRegulatorRequestSummary(r, now)), nextCursor: page.nextCursor };
};

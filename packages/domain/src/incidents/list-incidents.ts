import { buildListFilter } from '@kizuna/authz';
import type { TIncidentsQuery, TIncidentSummary } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Page } from '../page.js';
import type { Deps } from '../ports.js';
import { toIncidentSummary } from './incident-view.js';

// The permission rules become the WHERE clause (a system owner's: an incident of one of their systems), so a page
// never holds a row the caller may not read. Clocks are computed for the same `now` the overdue filter used.
export const listIncidents = async (
  deps: Deps,
  ctx: RequestContext,
  query: TIncidentsQuery,
): Promise<Page<TIncidentSummary>> => {
  const ability = abilityOf(ctx);
  authorize(ability, 'read', 'Incident');
  const filter = buildListFilter(ability, 'read', 'Incident');
  const now = deps.now();
  const page = await deps.runInTenant(ctx.tenant, (repos) => repos.incidents.list(filter, { ...query, now }));
  return { items: page.items.map((i) => toIncidentSummary(i, ctx.tenant.id, now)), nextCursor: page.nextCursor };
};

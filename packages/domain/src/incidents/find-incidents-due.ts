import type { Deps } from '../ports.js';
import type { IncidentRef } from './incident-response-ports.js';

export type FindIncidentsDueInput = {
  /** How far ahead a deadline counts as near (the earliest reminder a tenant may set is 30 days out). */
  withinMs: number;
  /** Only these tenants (tests); all active tenants when left out. */
  tenantIds?: string[];
  limitPerTenant?: number;
};

// The backstop's query: open incidents, in every active tenant, whose next unfiled deadline is past or near, so
// their workflows are made sure to run (a clock that came due while no worker ran is escalated on recovery).
export const findIncidentsDue = async (deps: Deps, input: FindIncidentsDueInput): Promise<IncidentRef[]> => {
  const before = new Date(deps.now().getTime() + input.withinMs);
  const tenants = (await deps.control.tenants.list()).filter(
    (t) => t.status === 'active' && (!input.tenantIds || input.tenantIds.includes(t.id)),
  );
  const refs: IncidentRef[] = [];
  for (const tenant of tenants) {
    const ids = await deps.runInTenant(tenant, (repos) =>
      repos.incidents.listDueIds(before, input.limitPerTenant ?? 1000),
    );
    refs.push(...ids.map((incidentId) => ({ tenantId: tenant.id, incidentId })));
  }
  return refs;
};

import type { ResponseSnapshot } from './response/response-model.js';
import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { IncidentRef } from './incident-response-ports.js';
import { computeIncidentClocks } from './incident-view.js';

// Reminder offsets until the tenant policy carries them (issue 7 §3: e.g. 3 days and 1 day before).
export const DEFAULT_REMINDER_DAYS = [3, 1];

// What the incidentResponse workflow acts on, read fresh from the database: its dated clocks (filed or not), and
// whether it is closed. A missing incident counts as closed: nothing is owed for it.
export const readIncidentResponse = async (deps: Deps, ref: IncidentRef): Promise<ResponseSnapshot> => {
  const tenant = await loadTenant(deps, ref.tenantId);
  return deps.runInTenant(tenant, async (repos) => {
    const incident = await repos.incidents.findById(ref.incidentId);
    if (!incident || incident.status === 'closed')
      return { closed: true, clocks: [], reminderDays: DEFAULT_REMINDER_DAYS };
    const { clocks } = computeIncidentClocks(incident, tenant.id, deps.now());
    return {
      closed: false,
      clocks: clocks.flatMap((c) => (c.dueAt ? [{ kind: c.kind, dueAt: c.dueAt, filed: c.status === 'filed' }] : [])),
      reminderDays: DEFAULT_REMINDER_DAYS,
    };
  });
};

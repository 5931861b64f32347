import { TENANT_POLICY_DEFAULTS } from '@kizuna/contracts';
import { readTenantPolicy } from '../policy/read-tenant-policy.js';
import type { ResponseSnapshot } from './response/response-model.js';
import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { IncidentRef } from './incident-response-ports.js';
import { computeIncidentClocks } from './incident-view.js';

// Reminder offsets when nothing else is known (a missing incident has none to remind of anyway).
export const DEFAULT_REMINDER_DAYS = [...TENANT_POLICY_DEFAULTS.incidentReminderDays];

// What the incidentResponse workflow acts on, read fresh from the database: its dated clocks (filed or not), and
// whether it is closed. A missing incident counts as closed: nothing is owed for it.
export const readIncidentResponse = async (deps: Deps, ref: IncidentRef): Promise<ResponseSnapshot> => {
  const tenant = await loadTenant(deps, ref.tenantId);
  return deps.runInTenant(tenant, async (repos) => {
    const incident = await repos.incidents.findById(ref.incidentId);
    if (!incident || incident.status === 'closed')
      return { closed: true, clocks: [], reminderDays: DEFAULT_REMINDER_DAYS };
    const { clocks } = computeIncidentClocks(incident, tenant.id, deps.now());
    // The tenant's reminder days, as of this read: a policy change applies at the incident's next refresh.
    const policy = readTenantPolicy(await repos.setup.getPolicy());
    return {
      closed: false,
      clocks: clocks.flatMap((c) => (c.dueAt ? [{ kind: c.kind, dueAt: c.dueAt, filed: c.status === 'filed' }] : [])),
      reminderDays: policy.incidentReminderDays,
    };
  });
};

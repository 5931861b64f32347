import { notifyRecipients } from '../notifications/notify-recipients.js';
import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { ClockAlertInput } from './incident-response-ports.js';
import { computeIncidentClocks } from './incident-view.js';

const RECIPIENT_ROLES = ['governance_officer', 'tenant_admin'];

// A reminder before a deadline (incident.clock.approaching) or an escalation after it passed unfiled
// (incident.clock.missed): an audit event and an in-app notice to the governance officers and tenant admins. Each
// happens once per clock and deadline however often the activity runs; one whose clock was filed or moved in the
// meantime is dropped (the workflow hears of the change and decides afresh).
export const sendClockAlert = async (deps: Deps, input: ClockAlertInput): Promise<{ sent: boolean }> => {
  const tenant = await loadTenant(deps, input.tenantId);
  const alert = input.alert.kind === 'remind' ? `remind:${input.alert.daysBefore}` : 'escalate';
  const due = Date.parse(input.dueAt);
  const owed = await deps.runInTenant(tenant, async (repos) => {
    const incident = await repos.incidents.findById(input.incidentId);
    if (!incident || incident.status === 'closed') return false;
    const { clocks } = computeIncidentClocks(incident, tenant.id, deps.now());
    const clock = clocks.find((c) => c.kind === input.clockKind && c.dueAt && Date.parse(c.dueAt) === due);
    if (!clock || clock.status === 'filed') return false;
    const dueAt = new Date(due).toISOString();
    if (await repos.incidentAlerts.recordOnce({ incidentId: incident.id, clockKind: clock.kind, dueAt, alert })) {
      const data =
        input.alert.kind === 'remind'
          ? { incidentId: incident.id, clockKind: clock.kind, dueAt: clock.dueAt, daysBefore: input.alert.daysBefore }
          : { incidentId: incident.id, clockKind: clock.kind, dueAt: clock.dueAt };
      await repos.audit.append({
        action: input.alert.kind === 'remind' ? 'incident.clock.approaching' : 'incident.clock.missed',
        targetType: 'Incident',
        targetId: incident.id,
        actor: { type: 'system', id: 'incident-response' },
        requestId: null,
        data,
      });
    }
    return true;
  });
  if (!owed) return { sent: false };
  // Deduplicated per recipient, so a retry after the audit committed sends nothing twice.
  await notifyRecipients(deps, {
    tenantId: tenant.id,
    systemId: null,
    kind: input.alert.kind === 'remind' ? 'incident_clock_approaching' : 'incident_clock_missed',
    recipients: { roles: RECIPIENT_ROLES },
    payload: {
      incidentId: input.incidentId,
      clockKind: input.clockKind,
      dueAt: input.dueAt,
      ...(input.alert.kind === 'remind' && { daysBefore: input.alert.daysBefore }),
    },
    dedupeKey: `incident:${input.incidentId}:${input.clockKind}@${new Date(due).toISOString()}:${alert}`,
  });
  return { sent: true };
};

import { writeNotifications } from '../notifications/notify-recipients.js';
import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { ReminderAlert } from './reminders/reminder-model.js';

export type RegulatorRequestAlertInput = { tenantId: string; requestId: string; alert: ReminderAlert };
export type RegulatorRequestAlertResult = {
  sent: boolean;
  reason: 'sent' | 'already_sent' | 'stale';
  recipients: number;
};

// Reminders go to the owner and the officers who answer; a missed due date also reaches the tenant admins.
const ROLES_OF: Record<ReminderAlert['kind'], string[]> = {
  due_soon: ['governance_officer'],
  overdue: ['governance_officer', 'tenant_admin'],
};

/**
 * The reminder workflow's one effect: a reminder before the due date, or the overdue notice after it, as an audit
 * event, a timeline entry and in-app notifications, all in one transaction and at most once per alert key (the
 * alert row is the guard, so a retried activity or a second run writes nothing). A request answered, or whose due
 * date moved, since the workflow decided, gets nothing.
 */
export const sendRegulatorRequestAlert = async (
  deps: Deps,
  { tenantId, requestId, alert }: RegulatorRequestAlertInput,
): Promise<RegulatorRequestAlertResult> => {
  const tenant = await loadTenant(deps, tenantId);
  const byRole = await deps.control.users.listMembersWithRoles(tenant.id, ROLES_OF[alert.kind]);
  return deps.runInTenant(tenant, async (repos) => {
    const request = await repos.regulatorRequests.findById(requestId);
    const open = request && (request.status === 'received' || request.status === 'in_progress');
    const dueAt = request?.responseDueAt ? new Date(request.responseDueAt).toISOString() : null;
    if (!request || !open || dueAt !== alert.dueAt) return { sent: false, reason: 'stale', recipients: 0 };
    if (!(await repos.regulatorRequestAlerts.record(requestId, alert)))
      return { sent: false, reason: 'already_sent', recipients: 0 };
    const now = deps.now();
    const note =
      alert.kind === 'overdue'
        ? `The response was due ${alert.dueAt} and none is recorded`
        : `Response due in ${alert.daysBefore} day(s), at ${alert.dueAt}`;
    await repos.regulatorRequests.appendTimeline(requestId, [
      {
        at: now.toISOString(),
        kind: alert.kind,
        actor: { type: 'system', id: 'regulator-request-reminders' },
        note,
        changes: [],
        reason: null,
      },
    ]);
    await repos.audit.append({
      action: alert.kind === 'overdue' ? 'regulator_request.overdue' : 'regulator_request.due_soon',
      targetType: 'RegulatorRequest',
      targetId: requestId,
      actor: { type: 'system', id: 'regulator-request-reminders' },
      requestId: null,
      data: { key: alert.key, dueAt: alert.dueAt, daysBefore: alert.daysBefore, status: request.status },
    });
    const owner = alert.kind === 'due_soon' && request.ownerId ? [request.ownerId] : [];
    const recipients = [...new Set([...owner, ...byRole])];
    await writeNotifications(repos, now, recipients, {
      systemId: request.systemIds[0] ?? null,
      kind: `regulator_request_${alert.kind}`,
      payload: {
        requestId,
        authority: request.authority,
        kind: request.kind,
        dueAt: alert.dueAt,
        daysBefore: alert.daysBefore,
      },
      dedupeKey: `regulator_request:${requestId}:${alert.key}`,
    });
    return { sent: true, reason: 'sent', recipients: recipients.length };
  });
};

import type { Deps } from '../ports.js';
import type { TenantRecord } from '../tenants/tenant-ports.js';
import type { RegulatorRequestReminders } from './regulator-request-ports.js';
import { scheduleOf } from './regulator-request-view.js';

// Signals (with start) the reminder workflow of every unanswered request: those whose start was lost because
// Temporal was unreachable when they were recorded. Signalling is idempotent (the newest schedule wins).
export const reconcileRegulatorRequestReminders = async (
  deps: Deps,
  reminders: RegulatorRequestReminders,
  tenant: TenantRecord,
): Promise<{ checked: number }> => {
  const open = await deps.runInTenant(tenant, (repos) => repos.regulatorRequests.listOpen());
  for (const r of open) await reminders.sync(tenant.id, r.id, scheduleOf(r));
  return { checked: open.length };
};

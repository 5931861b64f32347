import type { RegulatorRequestRecord, RegulatorRequestReminders } from './regulator-request-ports.js';
import { scheduleOf } from './regulator-request-view.js';

// Tells the reminder workflow the request's due date and status, after the row is committed. If Temporal cannot be
// reached now, the request is still recorded; the next change signals again (with start), so nothing is lost for
// good, and the answer says whether the reminders are running.
export const syncRequestReminders = async (
  reminders: RegulatorRequestReminders,
  tenantId: string,
  record: RegulatorRequestRecord,
): Promise<boolean> =>
  reminders
    .sync(tenantId, record.id, scheduleOf(record))
    .then(() => true)
    .catch(() => false);

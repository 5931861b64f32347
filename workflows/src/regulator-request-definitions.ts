import type { ReminderSchedule } from '@kizuna/domain/regulator-request-reminders';
import { REMINDER_SIGNAL } from '@kizuna/domain/regulator-request-reminders';
import { defineQuery, defineSignal } from '@temporalio/workflow';

// Messages of the regulatorRequestReminders workflow, shared by the workflow (sandboxed) and the gateway. Their
// types come from the domain's reminder model.
export type { ReminderInput, ReminderSchedule, ReminderTiming } from '@kizuna/domain/regulator-request-reminders';

export const regulatorRequestWorkflowId = (tenantId: string, requestId: string) =>
  `tenant/${tenantId}/regulator-request/${requestId}`;

// A new due date, status or version of the request: the newest one wins.
export const scheduleChangedSignal = defineSignal<[ReminderSchedule]>(REMINDER_SIGNAL);

// The alert keys this run has sent (for tests and operators).
export const sentAlertsQuery = defineQuery<string[]>('sentAlerts');

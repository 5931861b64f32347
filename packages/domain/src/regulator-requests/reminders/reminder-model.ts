// What the regulatorRequestReminders workflow knows of its request, and the messages it takes. Declared once here;
// the workflow definitions, the gateway and the activities take their types from this file.

export type ReminderTiming = {
  // The length of a "day" in ms: 86 400 000 in production, a second or less in tests.
  dayMs: number;
  // Days before the due instant at which the owner and the officers are reminded.
  offsetsDays: readonly number[];
};

export const DEFAULT_REMINDER_TIMING: ReminderTiming = { dayMs: 86_400_000, offsetsDays: [7, 3, 1] };

export type ReminderSchedule = {
  // The request row's version: a signal older than the schedule held is ignored.
  version: number;
  status: 'received' | 'in_progress' | 'responded' | 'closed';
  responseDueAt: string | null;
};

export type ReminderInput = {
  tenantId: string;
  requestId: string;
  timing: ReminderTiming;
  schedule: ReminderSchedule;
  // Alert keys already sent by an earlier run (carried over by continueAsNew).
  sent?: string[];
};

export type ReminderAlert = {
  kind: 'due_soon' | 'overdue';
  // Unique per request: the database refuses a second alert with the same key.
  key: string;
  dueAt: string;
  // Days before the due instant (due_soon), 0 for overdue.
  daysBefore: number;
};

export type ReminderStep =
  { type: 'complete' } | { type: 'idle' } | { type: 'wait'; until: number } | { type: 'fire'; alert: ReminderAlert };

export const REMINDER_SIGNAL = 'scheduleChanged';

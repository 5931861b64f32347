import type { ReminderAlert, ReminderSchedule, ReminderStep, ReminderTiming } from './reminder-model.js';

// Keys carry the due instant, so a moved due date earns its own reminders and the old ones never fire again.
export const alertKeyOf = (kind: ReminderAlert['kind'], dueAt: string, daysBefore: number): string =>
  kind === 'overdue' ? `overdue:${dueAt}` : `due_soon:${daysBefore}:${dueAt}`;

/**
 * What the reminder workflow does next at `now`: complete once the request is answered; idle while there is no due
 * date; fire the overdue notice once the due instant has passed; fire the latest reminder whose instant has passed
 * (earlier ones that were missed are skipped: a request received two days before its due date gets the 1-day
 * reminder, not three at once); otherwise wait for the next instant.
 */
export const nextReminderStep = (
  schedule: ReminderSchedule,
  timing: ReminderTiming,
  sent: readonly string[],
  now: number,
): ReminderStep => {
  if (schedule.status === 'responded' || schedule.status === 'closed') return { type: 'complete' };
  if (!schedule.responseDueAt) return { type: 'idle' };
  const dueAt = new Date(schedule.responseDueAt).toISOString();
  const due = Date.parse(dueAt);
  if (now >= due) {
    const key = alertKeyOf('overdue', dueAt, 0);
    return sent.includes(key)
      ? { type: 'idle' }
      : { type: 'fire', alert: { kind: 'overdue', key, dueAt, daysBefore: 0 } };
  }
  const points = [...new Set(timing.offsetsDays)]
    .filter((d) => d > 0)
    .sort((a, b) => b - a)
    .map((daysBefore) => ({ daysBefore, at: due - daysBefore * timing.dayMs }));
  const passed = points.filter((p) => p.at <= now).at(-1);
  if (passed) {
    const key = alertKeyOf('due_soon', dueAt, passed.daysBefore);
    if (!sent.includes(key))
      return { type: 'fire', alert: { kind: 'due_soon', key, dueAt, daysBefore: passed.daysBefore } };
  }
  const upcoming = points.find((p) => p.at > now);
  return { type: 'wait', until: upcoming ? upcoming.at : due };
};

/** The schedule a signal brings, unless it is older than the one held (signals may arrive out of order). */
export const mergeSchedule = (held: ReminderSchedule, incoming: ReminderSchedule): ReminderSchedule =>
  incoming.version >= held.version ? incoming : held;

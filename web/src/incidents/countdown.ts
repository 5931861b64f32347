const HOUR_MS = 3_600_000;

export interface Countdown {
  overdue: boolean;
  /** Whole days and the hours past them, of the time left (or, when overdue, of the time since the deadline). */
  days: number;
  hours: number;
}

/** Time from `nowMs` to the deadline `dueAt`, rounded down to the hour so a countdown never promises too much. */
export function computeCountdown(dueAt: string, nowMs: number): Countdown {
  const left = Date.parse(dueAt) - nowMs;
  const overdue = left < 0;
  const hoursTotal = Math.floor(Math.abs(left) / HOUR_MS);
  return { overdue, days: Math.floor(hoursTotal / 24), hours: hoursTotal % 24 };
}

/** The JST calendar date and time of an instant, e.g. "2026-12-05 23:59" (deadlines are Tokyo days). */
export function formatTokyoDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(date);
}

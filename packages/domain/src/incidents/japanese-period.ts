// Periods in days, counted as Japan's Civil Code counts them, on the Tokyo calendar (UTC+9, no daylight saving):
// a period that starts at a time other than midnight does not count its first day (Art. 140), and it ends at the
// end of its last day (Art. 141). The holiday extension of Art. 142 is not applied: a deadline is never later.

const TOKYO_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

export const JAPANESE_PERIOD_BASIS =
  'Civil Code Art. 140 (the first day is not counted unless the period starts at midnight) and Art. 141 (the period ' +
  'ends at the end of its last day), in Asia/Tokyo; the holiday extension of Art. 142 is not applied.';

/** The Tokyo calendar date (YYYY-MM-DD) of an instant. */
export const tokyoDateOf = (instant: number): string => new Date(instant + TOKYO_OFFSET_MS).toISOString().slice(0, 10);

/** The last moment of a period of `days` days that starts at `start`: its Tokyo date and the instant with offset. */
export const endOfJapanesePeriod = (start: number, days: number): { dueDate: string; dueAt: string } => {
  const local = start + TOKYO_OFFSET_MS;
  const startsAtMidnight = local % DAY_MS === 0;
  const firstCountedDay = Math.floor(local / DAY_MS) + (startsAtMidnight ? 0 : 1);
  const dueDate = new Date((firstCountedDay + days - 1) * DAY_MS).toISOString().slice(0, 10);
  return { dueDate, dueAt: `${dueDate}T23:59:59.999+09:00` };
};

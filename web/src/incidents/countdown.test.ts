import { describe, expect, it } from 'vitest';
import { computeCountdown } from './countdown.js';

const NOW = Date.parse('2026-12-02T00:00:00Z');

describe('computeCountdown', () => {
  it.each([
    [
      'when the deadline is 2 days and 5.5 hours away, then 2 days 5 hours are left',
      '2026-12-04T05:30:00Z',
      false,
      2,
      5,
    ],
    ['when the deadline is 59 minutes away, then 0 days 0 hours are left', '2026-12-02T00:59:00Z', false, 0, 0],
    ['when the deadline is now, then it is not yet overdue', '2026-12-02T00:00:00Z', false, 0, 0],
    [
      'when the deadline passed at 18:00 JST the day before, then it is overdue by 15 hours',
      '2026-12-01T18:00:00+09:00',
      true,
      0,
      15,
    ],
    ['when the deadline passed a second ago, then it is overdue', '2026-12-01T23:59:59Z', true, 0, 0],
  ])('%s', (_name, dueAt, overdue, days, hours) => {
    expect(computeCountdown(dueAt, NOW)).toEqual({ overdue, days, hours });
  });
});

describe('computeCountdown over days', () => {
  it('when the deadline passed 25 hours ago, then it is overdue by 1 day 1 hour', () => {
    expect(computeCountdown('2026-11-30T23:00:00Z', NOW)).toEqual({ overdue: true, days: 1, hours: 1 });
  });
});

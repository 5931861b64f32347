import { describe, expect, it } from 'vitest';
import { alertKeyOf, mergeSchedule, nextReminderStep } from './next-reminder-step.js';
import type { ReminderSchedule, ReminderStep } from './reminder-model.js';

const DAY = 1000;
const timing = { dayMs: DAY, offsetsDays: [7, 3, 1] };
const DUE = '2026-03-10T08:00:00.000Z';
const due = Date.parse(DUE);
const open = (status: ReminderSchedule['status'] = 'received', responseDueAt: string | null = DUE) => ({
  version: 1,
  status,
  responseDueAt,
});
const soon = (daysBefore: number): ReminderStep => ({
  type: 'fire',
  alert: { kind: 'due_soon', key: alertKeyOf('due_soon', DUE, daysBefore), dueAt: DUE, daysBefore },
});
const overdue: ReminderStep = {
  type: 'fire',
  alert: { kind: 'overdue', key: alertKeyOf('overdue', DUE, 0), dueAt: DUE, daysBefore: 0 },
};

type Row = [string, ReminderSchedule, string[], number, ReminderStep];
const ROWS: Row[] = [
  ['responded', open('responded'), [], due + DAY, { type: 'complete' }],
  ['closed', open('closed'), [], due - 10 * DAY, { type: 'complete' }],
  ['received without a due date', open('received', null), [], due, { type: 'idle' }],
  ['in progress without a due date', open('in_progress', null), [], due, { type: 'idle' }],
  ['well before the first reminder', open(), [], due - 10 * DAY, { type: 'wait', until: due - 7 * DAY }],
  ['at the 7-day reminder', open(), [], due - 7 * DAY, soon(7)],
  [
    'after the 7-day reminder was sent',
    open(),
    [alertKeyOf('due_soon', DUE, 7)],
    due - 5 * DAY,
    { type: 'wait', until: due - 3 * DAY },
  ],
  ['two days before, nothing sent (7 and 3 missed)', open('in_progress'), [], due - 2 * DAY, soon(3)],
  ['half a day before, 3 sent', open(), [alertKeyOf('due_soon', DUE, 3)], due - DAY / 2, soon(1)],
  [
    'after the 1-day reminder was sent',
    open(),
    [alertKeyOf('due_soon', DUE, 1)],
    due - DAY / 2,
    { type: 'wait', until: due },
  ],
  ['at the due instant', open(), [alertKeyOf('due_soon', DUE, 1)], due, overdue],
  ['long after the due instant, nothing sent', open('in_progress'), [], due + 30 * DAY, overdue],
  ['after the overdue notice was sent', open(), [alertKeyOf('overdue', DUE, 0)], due + DAY, { type: 'idle' }],
];

describe('nextReminderStep', () => {
  it.each(ROWS)('when the request is %s, then the step is as the table says', (_name, schedule, sent, now, step) => {
    expect(nextReminderStep(schedule, timing, sent, now)).toEqual(step);
  });

  it('when the due date moves, then the reminders of the new date are new keys (and the old ones do not count)', () => {
    const moved = '2026-03-20T08:00:00.000Z';
    const sentForOld = [alertKeyOf('due_soon', DUE, 7), alertKeyOf('due_soon', DUE, 3)];
    const step = nextReminderStep(open('received', moved), timing, sentForOld, Date.parse(moved) - 3 * DAY);
    expect(step).toEqual({
      type: 'fire',
      alert: { kind: 'due_soon', key: alertKeyOf('due_soon', moved, 3), dueAt: moved, daysBefore: 3 },
    });
  });

  it('when the due instant is written with an offset, then keys use its UTC form (the same instant, one key)', () => {
    const step = nextReminderStep(open('received', '2026-03-10T17:00:00+09:00'), timing, [], due);
    expect(step).toEqual(overdue);
  });

  it('when offsets repeat or are not positive, then each distinct positive offset counts once', () => {
    const odd = { dayMs: DAY, offsetsDays: [1, 1, 0, -2] };
    expect(nextReminderStep(open(), odd, [], due - 5 * DAY)).toEqual({ type: 'wait', until: due - DAY });
  });

  it('when signals arrive out of order, then the newer schedule is kept', () => {
    const v1 = open();
    const v2 = { ...open('responded'), version: 2 };
    expect(mergeSchedule(v2, v1)).toBe(v2);
    expect(mergeSchedule(v1, v2)).toBe(v2);
  });
});

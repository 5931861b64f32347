import { describe, expect, it } from 'vitest';
import { decideResponse } from './decide-response.js';
import {
  INITIAL_RESPONSE_STATE,
  alertKeyOf,
  type ResponseClock,
  type ResponseEffect,
  type ResponseEvent,
  type ResponseState,
} from './response-model.js';

const DAY = 86_400_000;
const timing = { dayMs: DAY };
const T0 = Date.parse('2026-03-01T00:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();
const DUE = at(10);
const clock = (extra: Partial<ResponseClock> = {}): ResponseClock => ({
  kind: 'appi_final',
  dueAt: DUE,
  filed: false,
  ...extra,
});
const open = (clocks: ResponseClock[], sent: string[] = []): ResponseState => ({
  status: 'open',
  clocks,
  reminderDays: [3, 1],
  sent,
});
const snap = (clocks: ResponseClock[], closed = false) => ({ closed, clocks, reminderDays: [3, 1] });

// The states an incident's response can be in (the clock due on day 10, reminders 3 and 1 days before).
const STATES: Record<string, ResponseState> = {
  initial: INITIAL_RESPONSE_STATE,
  far: open([clock()]),
  reminded3: open([clock()], [alertKeyOf(clock(), 3)]),
  escalated: open([clock()], [alertKeyOf(clock(), 3), alertKeyOf(clock(), 1), alertKeyOf(clock(), 'escalate')]),
  filed: open([clock({ filed: true })]),
  closed: { ...open([clock()]), status: 'closed' },
};

const MOVED = at(40);
// The events, each at the instant named.
const EVENTS: Record<string, ResponseEvent> = {
  'refresh on day 1': { type: 'refresh', snapshot: snap([clock()]), now: at(1) },
  'refresh on day 8': { type: 'refresh', snapshot: snap([clock()]), now: at(8) },
  'refresh moving the clock to day 40, on day 8': {
    type: 'refresh',
    snapshot: snap([clock({ dueAt: MOVED })]),
    now: at(8),
  },
  'refresh with the clock filed, on day 8': { type: 'refresh', snapshot: snap([clock({ filed: true })]), now: at(8) },
  'refresh saying closed': { type: 'refresh', snapshot: snap([clock()], true), now: at(8) },
  'timer on day 9.5': { type: 'timer', now: at(9.5) },
  'timer after the deadline': { type: 'timer', now: at(10.1) },
  close: { type: 'close' },
};

const remind = (daysBefore: number, dueAt = DUE): ResponseEffect => ({
  type: 'remind',
  clockKind: 'appi_final',
  dueAt,
  daysBefore,
});
const escalate: ResponseEffect = { type: 'escalate', clockKind: 'appi_final', dueAt: DUE };
const timer = (days: number): ResponseEffect => ({ type: 'startTimer', at: at(days) });
const complete: ResponseEffect = { type: 'complete' };

// Expected effects of every state × event. The initial state has no clocks, so its timers find nothing.
const TABLE: Record<string, Record<string, ResponseEffect[]>> = {
  initial: {
    'refresh on day 1': [timer(7)],
    'refresh on day 8': [remind(3), timer(9)],
    'refresh moving the clock to day 40, on day 8': [{ type: 'startTimer', at: at(37) }],
    'refresh with the clock filed, on day 8': [],
    'refresh saying closed': [complete],
    'timer on day 9.5': [],
    'timer after the deadline': [],
    close: [complete],
  },
  far: {
    'refresh on day 1': [timer(7)],
    'refresh on day 8': [remind(3), timer(9)],
    'refresh moving the clock to day 40, on day 8': [timer(37)],
    'refresh with the clock filed, on day 8': [],
    'refresh saying closed': [complete],
    // Both reminders' moments passed together: only the nearer one goes out.
    'timer on day 9.5': [remind(1), timer(10)],
    'timer after the deadline': [escalate],
    close: [complete],
  },
  reminded3: {
    'refresh on day 1': [timer(9)],
    'refresh on day 8': [timer(9)],
    // A moved clock starts over: its own reminders will come.
    'refresh moving the clock to day 40, on day 8': [timer(37)],
    'refresh with the clock filed, on day 8': [],
    'refresh saying closed': [complete],
    'timer on day 9.5': [remind(1), timer(10)],
    'timer after the deadline': [escalate],
    close: [complete],
  },
  escalated: {
    'refresh on day 1': [],
    'refresh on day 8': [],
    'refresh moving the clock to day 40, on day 8': [timer(37)],
    'refresh with the clock filed, on day 8': [],
    'refresh saying closed': [complete],
    'timer on day 9.5': [],
    'timer after the deadline': [],
    close: [complete],
  },
  filed: {
    'refresh on day 1': [timer(7)],
    'refresh on day 8': [remind(3), timer(9)],
    'refresh moving the clock to day 40, on day 8': [timer(37)],
    'refresh with the clock filed, on day 8': [],
    'refresh saying closed': [complete],
    'timer on day 9.5': [],
    'timer after the deadline': [],
    close: [complete],
  },
  closed: Object.fromEntries(Object.keys(EVENTS).map((e) => [e, []])),
};

describe('decideResponse: every state × event', () => {
  for (const [stateName, state] of Object.entries(STATES)) {
    for (const [eventName, event] of Object.entries(EVENTS)) {
      const expected = TABLE[stateName]![eventName]!;
      it(`when ${stateName} gets ${eventName}, then ${JSON.stringify(expected.map((e) => e.type))}`, () => {
        expect(decideResponse(state, event, timing).effects).toEqual(expected);
      });
    }
  }
});

describe('decideResponse: what it remembers', () => {
  it('when a reminder went out, then the same event again sends nothing more', () => {
    const first = decideResponse(STATES.far!, EVENTS['refresh on day 8']!, timing);
    const again = decideResponse(first.state, EVENTS['refresh on day 8']!, timing);
    expect(again.effects).toEqual([timer(9)]);
  });

  it('when the clock moves, then the alerts of its old deadline are forgotten and the new one gets its own', () => {
    const moved = decideResponse(STATES.escalated!, EVENTS['refresh moving the clock to day 40, on day 8']!, timing);
    expect(moved.state.sent).toEqual([]);
    const near = decideResponse(moved.state, { type: 'timer', now: at(37) }, timing);
    expect(near.effects).toEqual([remind(3, MOVED), timer(39)]);
  });

  it('when closed, then the state says so and nothing after it is decided', () => {
    const closed = decideResponse(STATES.far!, { type: 'close' }, timing);
    expect(closed.state.status).toBe('closed');
    expect(decideResponse(closed.state, EVENTS['timer after the deadline']!, timing).effects).toEqual([]);
  });

  it('when days are one second long, then the reminder offsets shrink with them and deadlines stay absolute', () => {
    const due = new Date(T0 + 10_000).toISOString();
    const event: ResponseEvent = {
      type: 'refresh',
      snapshot: snap([clock({ dueAt: due })]),
      now: new Date(T0).toISOString(),
    };
    expect(decideResponse(INITIAL_RESPONSE_STATE, event, { dayMs: 1000 }).effects).toEqual([
      { type: 'startTimer', at: new Date(T0 + 7000).toISOString() },
    ]);
  });
});

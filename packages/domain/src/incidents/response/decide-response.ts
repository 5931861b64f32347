import {
  alertKeyOf,
  type ResponseClock,
  type ResponseEffect,
  type ResponseEvent,
  type ResponseState,
  type ResponseTiming,
} from './response-model.js';

type Decision = { state: ResponseState; effects: ResponseEffect[] };

const clockKeyOf = (c: ResponseClock) => `${c.kind}@${c.dueAt}:`;

// Alerts a clock is owed at `now`. Of several reminders whose moment passed together (a clock that started with
// less time left than the earliest offset), only the nearest goes out: one message, not a burst.
const alertsAt = (clock: ResponseClock, days: number[], sent: Set<string>, now: number, timing: ResponseTiming) => {
  if (clock.filed) return { effects: [] as ResponseEffect[], keys: [] as string[] };
  const due = Date.parse(clock.dueAt);
  if (now >= due) {
    const key = alertKeyOf(clock, 'escalate');
    if (sent.has(key)) return { effects: [], keys: [] };
    // Past the deadline a reminder has no point: mark them spent so a later refresh does not send them.
    const spent = days.map((d) => alertKeyOf(clock, d));
    return {
      effects: [{ type: 'escalate' as const, clockKind: clock.kind, dueAt: clock.dueAt }],
      keys: [key, ...spent],
    };
  }
  const passed = days
    .filter((d) => now >= due - d * timing.dayMs && !sent.has(alertKeyOf(clock, d)))
    .sort((a, b) => a - b);
  if (passed.length === 0) return { effects: [], keys: [] };
  const effect: ResponseEffect = { type: 'remind', clockKind: clock.kind, dueAt: clock.dueAt, daysBefore: passed[0]! };
  return { effects: [effect], keys: passed.map((d) => alertKeyOf(clock, d)) };
};

// The next instant something is owed: an unsent reminder's moment or an unescalated deadline.
const nextInstant = (state: ResponseState, sent: Set<string>, now: number, timing: ResponseTiming) => {
  const moments = state.clocks.flatMap((c) => {
    if (c.filed) return [];
    const due = Date.parse(c.dueAt);
    const reminders = state.reminderDays.filter((d) => !sent.has(alertKeyOf(c, d))).map((d) => due - d * timing.dayMs);
    const escalation = sent.has(alertKeyOf(c, 'escalate')) ? [] : [due];
    return [...reminders, ...escalation].filter((at) => at > now);
  });
  return moments.length ? Math.min(...moments) : null;
};

const evaluate = (state: ResponseState, now: number, timing: ResponseTiming): Decision => {
  const sent = new Set(state.sent);
  const effects: ResponseEffect[] = [];
  for (const clock of state.clocks) {
    const owed = alertsAt(clock, state.reminderDays, sent, now, timing);
    effects.push(...owed.effects);
    for (const k of owed.keys) sent.add(k);
  }
  const next = nextInstant(state, sent, now, timing);
  if (next !== null) effects.push({ type: 'startTimer', at: new Date(next).toISOString() });
  return { state: { ...state, sent: [...sent].sort() }, effects };
};

/**
 * One step of an incident's response: which reminders and escalations are owed, and when to wake next. The
 * database is the truth, so a refresh replaces the clocks; alerts sent for a clock keep only while the clock keeps
 * its deadline (a clock that moves gets its reminders afresh); a filed clock is owed nothing; closed ends it.
 */
export const decideResponse = (state: ResponseState, event: ResponseEvent, timing: ResponseTiming): Decision => {
  if (state.status === 'closed') return { state, effects: [] };
  if (event.type === 'close') return { state: { ...state, status: 'closed' }, effects: [{ type: 'complete' }] };
  if (event.type === 'timer') return evaluate(state, Date.parse(event.now), timing);
  const { snapshot } = event;
  if (snapshot.closed) return { state: { ...state, status: 'closed' }, effects: [{ type: 'complete' }] };
  const live = new Set(snapshot.clocks.map(clockKeyOf));
  const sent = state.sent.filter((k) => [...live].some((prefix) => k.startsWith(prefix)));
  const next: ResponseState = { status: 'open', clocks: snapshot.clocks, reminderDays: snapshot.reminderDays, sent };
  return evaluate(next, Date.parse(event.now), timing);
};

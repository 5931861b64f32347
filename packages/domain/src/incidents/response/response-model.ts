// The incidentResponse state machine's vocabulary (pure: the workflow imports it, so no I/O and no clock reads).
// Instants travel as ISO strings in the workflow's history; `now` comes with each event.

/** A dated regulatory clock of the incident, as the database says it is now. */
export type ResponseClock = { kind: string; dueAt: string; filed: boolean };

export type ResponseTiming = {
  /** Length of a day for the reminder offsets (86 400 000; tests use second-long days). */
  dayMs: number;
};

export type ResponseState = {
  status: 'open' | 'closed';
  clocks: ResponseClock[];
  /** Days before each deadline a reminder goes out (tenant policy, as of the last refresh), e.g. [3, 1]. */
  reminderDays: number[];
  /** Alerts already sent, as alertKeyOf(...): kept only for the clocks as they stand (a moved clock starts over). */
  sent: string[];
};

/** What the database says after facts changed, a filing, or a status change. */
export type ResponseSnapshot = { closed: boolean; clocks: ResponseClock[]; reminderDays: number[] };

export type ResponseEvent =
  { type: 'refresh'; snapshot: ResponseSnapshot; now: string } | { type: 'timer'; now: string } | { type: 'close' };

export type ResponseEffect =
  | { type: 'remind'; clockKind: string; dueAt: string; daysBefore: number }
  | { type: 'escalate'; clockKind: string; dueAt: string }
  | { type: 'startTimer'; at: string }
  | { type: 'complete' };

export const INITIAL_RESPONSE_STATE: ResponseState = { status: 'open', clocks: [], reminderDays: [], sent: [] };

/** The key of one alert of one clock at one deadline: also the database's once-only key of the activity. */
export const alertKeyOf = (clock: { kind: string; dueAt: string }, alert: 'escalate' | number): string =>
  `${clock.kind}@${clock.dueAt}:${alert === 'escalate' ? 'escalate' : `remind:${alert}`}`;

/** The incidentResponse workflow's input (declared once here; its definitions and the gateway use it). */
export type IncidentResponseInput = {
  tenantId: string;
  incidentId: string;
  dayMs: number;
  // Alerts already sent, carried over continueAsNew (the database key keeps them once-only regardless).
  sent?: string[];
};

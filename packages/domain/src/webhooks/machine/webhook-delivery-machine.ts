// The retry rule of one webhook delivery, pure so the `webhookDelivery` workflow only runs what it decides.

export type DeliveryTiming = {
  /** Wait before the second attempt; each later wait doubles, up to maxRetryMs. */
  firstRetryMs: number;
  maxRetryMs: number;
  /** Attempts in one series before the delivery is dead. */
  maxAttempts: number;
};

// 30 s, 1, 2, 4 … 32 min, then hourly: 31 attempts span about a day (≈ 24.1 h).
export const DEFAULT_DELIVERY_TIMING: DeliveryTiming = {
  firstRetryMs: 30_000,
  maxRetryMs: 3_600_000,
  maxAttempts: 31,
};

/** What one attempt came to, as the delivery activity reports it. */
export type AttemptOutcome = 'delivered' | 'failed' | 'skipped';

export type DeliveryStep =
  | { kind: 'attempt'; attempt: number }
  | { kind: 'wait'; ms: number; next: number }
  | { kind: 'done'; status: 'delivered' | 'dead' | 'skipped' };

/** The wait after the given failed attempt (1-based). */
export const retryDelayMs = (attempt: number, timing: DeliveryTiming): number =>
  Math.min(timing.maxRetryMs, timing.firstRetryMs * 2 ** Math.max(0, attempt - 1));

/** Whether this attempt is the series' last: the activity then records a failure as dead. */
export const isFinalAttempt = (attempt: number, timing: DeliveryTiming): boolean => attempt >= timing.maxAttempts;

/**
 * After attempt `attempt` came to `outcome`: stop (delivered, dead, or nothing left to send — the endpoint was
 * deleted or deactivated, or a newer series took over), or wait and try again.
 */
export const decideDeliveryStep = (attempt: number, outcome: AttemptOutcome, timing: DeliveryTiming): DeliveryStep => {
  if (outcome === 'delivered') return { kind: 'done', status: 'delivered' };
  if (outcome === 'skipped') return { kind: 'done', status: 'skipped' };
  if (isFinalAttempt(attempt, timing)) return { kind: 'done', status: 'dead' };
  return { kind: 'wait', ms: retryDelayMs(attempt, timing), next: attempt + 1 };
};

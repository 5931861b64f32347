// Port of the password-attempt throttle (packages/db implements it in PostgreSQL, so every API replica shares it).

// How many attempts one key may make in a window. With `slowSeconds`, the key is slowed instead of locked once the
// attempts are used up: one more is allowed for every `slowSeconds` since the window opened.
export type AttemptLimit = { maxAttempts: number; windowSeconds: number; slowSeconds?: number };

export type AttemptReservation = { admitted: true } | { admitted: false; retryAfterSeconds: number };

export type AttemptThrottle = {
  // Counts one attempt and admits it only if the limit allows, as one atomic step: parallel callers cannot all
  // pass a check made before any of them was counted.
  reserve(key: string, limit: AttemptLimit): Promise<AttemptReservation>;
  // Takes back one counted attempt that never reached the password check.
  refund(key: string): Promise<void>;
  reset(key: string): Promise<void>;
};

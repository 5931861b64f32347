import { AppError } from '../errors/app-error.js';
import type { AttemptLimit, AttemptThrottle } from './attempt-throttle-ports.js';

export type AttemptBudget = { key: string; limit: AttemptLimit };

// Reserves one attempt on every budget, or on none: a refusal by one budget gives back what the earlier ones
// counted, so an attempt that never reached the password check costs nobody anything.
export const reserveAttempts = async (throttle: AttemptThrottle, budgets: AttemptBudget[]): Promise<void> => {
  const reserved: string[] = [];
  for (const { key, limit } of budgets) {
    const reservation = await throttle.reserve(key, limit);
    if (!reservation.admitted) {
      await Promise.all(reserved.map((k) => throttle.refund(k)));
      throw new AppError('RATE_LIMITED', 'Too many failed password attempts; wait and try again', {
        retryAfterSeconds: Math.max(1, reservation.retryAfterSeconds),
      });
    }
    reserved.push(key);
  }
};

import { KizunaApiError } from './kizuna-api-error.js';

export type RetryOptions = {
  /** Attempts in all, the first included (default 3; 1 turns retrying off). */
  attempts?: number;
  /** The longest wait between two attempts, whatever Retry-After asks (default 30 s). */
  maxDelayMs?: number;
};

const DEFAULTS = { attempts: 3, maxDelayMs: 30_000 };

// Retry-After is either seconds or an HTTP date; without one, back off 0.5 s, 1 s, 2 s …
const delayOf = (retryAfter: string | null, attempt: number, maxDelayMs: number): number => {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  const asked = Number.isFinite(seconds)
    ? seconds * 1000
    : retryAfter
      ? Date.parse(retryAfter) - Date.now()
      : 500 * 2 ** (attempt - 1);
  return Math.min(Math.max(Number.isFinite(asked) ? asked : 0, 0), maxDelayMs);
};

/**
 * Runs `send` again after a 429 (the server refused before acting) or a 503 (a dependency was down), waiting as
 * the server's Retry-After says. A 503 is retried only when repeating is safe: a read, or a write carrying an
 * Idempotency-Key, which the server answers at most once.
 */
export const sendWithRetry = async <T>(
  send: () => Promise<T>,
  { repeatable, options = {} }: { repeatable: boolean; options?: RetryOptions },
): Promise<T> => {
  const { attempts, maxDelayMs } = { ...DEFAULTS, ...options };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      const retryable =
        error instanceof KizunaApiError && (error.status === 429 || (error.status === 503 && repeatable));
      if (!retryable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayOf(error.retryAfter, attempt, maxDelayMs)));
    }
  }
};

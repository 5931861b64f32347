import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { loginAttempts } from '../schema/control.js';

export type LoginThrottle = {
  // Seconds to wait when `key` has used up its failures in the current window, else 0.
  retryAfter(key: string): Promise<number>;
  recordFailure(key: string): Promise<void>;
  reset(key: string): Promise<void>;
};

// Kept in Postgres so every API replica sees the same counts.
export const createLoginThrottle = (
  db: Executor,
  opts: { maxFailures: number; windowSeconds: number },
): LoginThrottle => ({
  async retryAfter(key) {
    const [row] = await db
      .select({
        failures: loginAttempts.failures,
        remaining: sql<number>`greatest(0, ceil(extract(epoch from (${loginAttempts.windowStartedAt} + make_interval(secs => ${opts.windowSeconds}) - now()))))::int`,
      })
      .from(loginAttempts)
      .where(eq(loginAttempts.key, key));
    if (!row || row.remaining <= 0 || row.failures < opts.maxFailures) return 0;
    return row.remaining;
  },
  async recordFailure(key) {
    await db
      .insert(loginAttempts)
      .values({ key, windowStartedAt: sql`now()`, failures: 1 })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`case when ${loginAttempts.windowStartedAt} + make_interval(secs => ${opts.windowSeconds}) < now() then 1 else ${loginAttempts.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginAttempts.windowStartedAt} + make_interval(secs => ${opts.windowSeconds}) < now() then now() else ${loginAttempts.windowStartedAt} end`,
        },
      });
  },
  async reset(key) {
    await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
  },
});

import type { AttemptLimit, AttemptThrottle } from '@kizuna/domain';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { loginAttempts } from '../schema/control.js';

const windowOver = (limit: AttemptLimit) =>
  sql`${loginAttempts.windowStartedAt} + make_interval(secs => ${limit.windowSeconds}::int) <= now()`;

// Attempts a key may have made so far in its window: the fixed budget, plus (when slowed rather than locked) one
// for every `slowSeconds` the window has been open.
const allowance = (limit: AttemptLimit) =>
  limit.slowSeconds
    ? sql`${limit.maxAttempts}::int + floor(extract(epoch from now() - ${loginAttempts.windowStartedAt}) / ${limit.slowSeconds}::float8)`
    : sql`${limit.maxAttempts}::int`;

// Kept in Postgres so every API replica sees the same counts.
export const createLoginThrottle = (db: Executor): AttemptThrottle => ({
  async reserve(key, limit) {
    // One statement: the row lock of the upsert serialises parallel attempts on a key, and the WHERE re-reads the
    // count under that lock, so no more than the allowance are ever admitted.
    const admitted = await db
      .insert(loginAttempts)
      .values({ key, windowStartedAt: sql`now()`, failures: 1 })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`case when ${windowOver(limit)} then 1 else ${loginAttempts.failures} + 1 end`,
          windowStartedAt: sql`case when ${windowOver(limit)} then now() else ${loginAttempts.windowStartedAt} end`,
        },
        setWhere: sql`${windowOver(limit)} or ${loginAttempts.failures} < ${allowance(limit)}`,
      })
      .returning({ failures: loginAttempts.failures });
    if (admitted.length) return { admitted: true };
    const [row] = await db
      .select({
        failures: loginAttempts.failures,
        elapsed: sql<number>`extract(epoch from now() - ${loginAttempts.windowStartedAt})::float8`,
      })
      .from(loginAttempts)
      .where(eq(loginAttempts.key, key));
    if (!row) return { admitted: false, retryAfterSeconds: 1 };
    const windowLeft = limit.windowSeconds - row.elapsed;
    // Slowed: the next attempt is allowed once the window has been open long enough to earn it.
    const nextSlot = limit.slowSeconds
      ? (row.failures - limit.maxAttempts + 1) * limit.slowSeconds - row.elapsed
      : windowLeft;
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.min(nextSlot, windowLeft))) };
  },
  async refund(key) {
    // One statement: the last attempt taken back removes the row, so addresses that only ever log in leave none.
    await db.execute(sql`
      with gone as (delete from ${loginAttempts} where ${loginAttempts.key} = ${key} and ${loginAttempts.failures} <= 1 returning 1)
      update ${loginAttempts} set failures = ${loginAttempts.failures} - 1
       where ${loginAttempts.key} = ${key} and ${loginAttempts.failures} > 1 and not exists (select 1 from gone)`);
  },
  async reset(key) {
    await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
  },
});

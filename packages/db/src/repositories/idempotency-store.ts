import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { idempotencyKeys } from '../schema/control.js';

export type StoredResponse = { status: number; headers: Record<string, string>; body: string };

export type IdempotencyBegin =
  | { kind: 'new'; lease: string }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

export type IdempotencyStore = {
  // `leaseSeconds`: how long the claim holds if this request never completes or releases it (a crash).
  begin(scope: string, key: string, requestHash: string, leaseSeconds: number): Promise<IdempotencyBegin>;
  // Both act only while `lease` still holds the key, so a request that outlived its lease cannot overwrite the
  // outcome of the retry that took the key over.
  complete(scope: string, key: string, lease: string, response: StoredResponse): Promise<void>;
  release(scope: string, key: string, lease: string): Promise<void>;
};

const thisKey = (scope: string, key: string) => and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));

// Stripe-style keys: the first response is stored and replayed; the primary key makes concurrent duplicates
// collide so only one of them runs. A claim whose lease ran out (its request crashed) passes to the next retry of
// the same request.
export const createIdempotencyStore = (db: Executor): IdempotencyStore => ({
  async begin(scope, key, requestHash, leaseSeconds) {
    const lease = randomUUID();
    const leaseExpiresAt = sql`now() + make_interval(secs => ${leaseSeconds}::int)`;
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ scope, key, requestHash, leaseToken: lease, leaseExpiresAt })
      .onConflictDoUpdate({
        target: [idempotencyKeys.scope, idempotencyKeys.key],
        set: { leaseToken: lease, leaseExpiresAt, createdAt: sql`now()` },
        setWhere: sql`${idempotencyKeys.state} = 'in_progress' and ${idempotencyKeys.leaseExpiresAt} <= now() and ${idempotencyKeys.requestHash} = ${requestHash}`,
      })
      .returning({ key: idempotencyKeys.key });
    if (claimed.length) return { kind: 'new', lease };
    const [row] = await db.select().from(idempotencyKeys).where(thisKey(scope, key));
    if (!row) return { kind: 'in_progress' };
    if (row.requestHash !== requestHash) return { kind: 'mismatch' };
    if (row.state !== 'done') return { kind: 'in_progress' };
    return {
      kind: 'replay',
      response: {
        status: row.responseStatus ?? 200,
        headers: (row.responseHeaders ?? {}) as Record<string, string>,
        body: row.responseBody ?? '',
      },
    };
  },
  async complete(scope, key, lease, response) {
    await db
      .update(idempotencyKeys)
      .set({
        state: 'done',
        responseStatus: response.status,
        responseHeaders: response.headers,
        responseBody: response.body,
      })
      .where(and(thisKey(scope, key), eq(idempotencyKeys.leaseToken, lease), eq(idempotencyKeys.state, 'in_progress')));
  },
  async release(scope, key, lease) {
    await db
      .delete(idempotencyKeys)
      .where(and(thisKey(scope, key), eq(idempotencyKeys.leaseToken, lease), eq(idempotencyKeys.state, 'in_progress')));
  },
});

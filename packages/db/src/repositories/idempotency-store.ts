import { and, eq } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { idempotencyKeys } from '../schema/control.js';

export type StoredResponse = { status: number; headers: Record<string, string>; body: string };

export type IdempotencyBegin =
  { kind: 'new' } | { kind: 'replay'; response: StoredResponse } | { kind: 'mismatch' } | { kind: 'in_progress' };

export type IdempotencyStore = {
  begin(scope: string, key: string, requestHash: string): Promise<IdempotencyBegin>;
  complete(scope: string, key: string, response: StoredResponse): Promise<void>;
  release(scope: string, key: string): Promise<void>;
};

// Stripe-style keys: the first response is stored and replayed; the primary key makes concurrent duplicates
// collide so only one of them runs.
export const createIdempotencyStore = (db: Executor): IdempotencyStore => ({
  async begin(scope, key, requestHash) {
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ scope, key, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length) return { kind: 'new' };
    const [row] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
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
  async complete(scope, key, response) {
    await db
      .update(idempotencyKeys)
      .set({
        state: 'done',
        responseStatus: response.status,
        responseHeaders: response.headers,
        responseBody: response.body,
      })
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  },
  async release(scope, key) {
    await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  },
});

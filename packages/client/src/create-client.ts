import { OPERATIONS, type OperationId } from '@kizuna/contracts';
import type { z } from 'zod';
import type { CallInput, CallResult } from './operation-types.js';
import { sendWithRetry, type RetryOptions } from './retry-policy.js';
import { sendOperation } from './send-operation.js';

export type ClientOptions = { baseUrl: string; apiKey: string; fetch?: typeof fetch; retry?: RetryOptions };

// The operations whose answer is a page: `{ items, nextCursor }`.
type PagedId = {
  [Id in OperationId]: CallResult<Id>['data'] extends { items: unknown[]; nextCursor: string | null } ? Id : never;
}[OperationId];
type ItemOf<Id extends PagedId> = CallResult<Id>['data'] extends { items: (infer I)[] } ? I : never;

// A typed client for integrators: one `call` per operation of the contract, authenticated with an API key,
// every response validated against the operation's schema. Writes the API deduplicates get an Idempotency-Key of
// their own unless the caller gives one, so the retries on 429 and 503 can never act twice.
export const createClient = ({ baseUrl, apiKey, fetch: doFetch = fetch, retry }: ClientOptions) => {
  const call = async <Id extends OperationId>(id: Id, input: CallInput<Id> = {}): Promise<CallResult<Id>> => {
    const op = OPERATIONS[id];
    const idempotent = 'idempotent' in op && op.idempotent === true;
    const sent = idempotent && !input.idempotencyKey ? { ...input, idempotencyKey: crypto.randomUUID() } : input;
    const repeatable = op.method === 'get' || Boolean(sent.idempotencyKey);
    const { body, etag, status } = await sendWithRetry(
      () => sendOperation({ baseUrl, fetch: doFetch }, op, sent, { authorization: `Bearer ${apiKey}` }),
      { repeatable, options: retry },
    );
    const schema = (op.success as { schema?: z.ZodType }).schema;
    const data = (schema && body !== undefined ? schema.parse(body) : undefined) as CallResult<Id>['data'];
    return { data, etag, status };
  };

  /** Every item of a listing, page after page, following `nextCursor` until the last. */
  async function* paginate<Id extends PagedId>(id: Id, input: CallInput<Id> = {}): AsyncGenerator<ItemOf<Id>> {
    let cursor: string | undefined;
    do {
      const query = { ...(input.query as object), ...(cursor ? { cursor } : {}) } as CallInput<Id>['query'];
      const { data } = await call(id, { ...input, query });
      const page = data as unknown as { items: ItemOf<Id>[]; nextCursor: string | null };
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  return { call, paginate };
};

export type KizunaClient = ReturnType<typeof createClient>;

import { OPERATIONS, type OperationId } from '@kizuna/contracts';
import type { z } from 'zod';
import type { CallInput, CallResult } from './operation-types.js';
import { sendOperation } from './send-operation.js';

export type ClientOptions = { baseUrl: string; apiKey: string; fetch?: typeof fetch };

// A typed client for integrators: one `call` per operation of the contract, authenticated with an API key,
// every response validated against the operation's schema.
export const createClient = ({ baseUrl, apiKey, fetch: doFetch = fetch }: ClientOptions) => ({
  async call<Id extends OperationId>(id: Id, input: CallInput<Id> = {}): Promise<CallResult<Id>> {
    const op = OPERATIONS[id];
    const { body, etag, status } = await sendOperation({ baseUrl, fetch: doFetch }, op, input, {
      authorization: `Bearer ${apiKey}`,
    });
    const schema = (op.success as { schema?: z.ZodType }).schema;
    const data = (schema && body !== undefined ? schema.parse(body) : undefined) as CallResult<Id>['data'];
    return { data, etag, status };
  },
});

export type KizunaClient = ReturnType<typeof createClient>;

import { OPERATIONS, type OperationId, type TProblem } from '@kizuna/contracts';
import type { z } from 'zod';

type Ops = typeof OPERATIONS;
type Schema<Op, K extends string> = Op extends Record<K, infer S> ? (S extends z.ZodType ? S : never) : never;
type In<Op, K extends string> = [Schema<Op, K>] extends [never] ? undefined : z.input<Schema<Op, K>>;
type Out<Op> = Op extends { success: { schema: infer S } } ? (S extends z.ZodType ? z.output<S> : void) : void;

export type CallInput<Id extends OperationId> = {
  params?: In<Ops[Id], 'params'>;
  query?: In<Ops[Id], 'query'>;
  body?: In<Ops[Id], 'body'>;
  idempotencyKey?: string;
  ifMatch?: string;
};

export type CallResult<Id extends OperationId> = { data: Out<Ops[Id]>; etag: string | null; status: number };

export class KizunaApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: TProblem,
  ) {
    super(`${problem.code}: ${problem.detail ?? problem.title}`);
    this.name = 'KizunaApiError';
  }
}

export type ClientOptions = { baseUrl: string; apiKey: string; fetch?: typeof fetch };

const buildPath = (template: string, params: Record<string, unknown> = {}) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));

// A typed client for integrators: one `call` per operation of the contract, authenticated with an API key.
export const createClient = ({ baseUrl, apiKey, fetch: doFetch = fetch }: ClientOptions) => ({
  async call<Id extends OperationId>(id: Id, input: CallInput<Id> = {}): Promise<CallResult<Id>> {
    const op = OPERATIONS[id];
    const url = new URL(buildPath(op.path, input.params as Record<string, unknown>), baseUrl);
    for (const [k, v] of Object.entries((input.query ?? {}) as Record<string, unknown>)) {
      if (v !== undefined) url.searchParams.set(k, String(v));
    }
    const headers: Record<string, string> = { authorization: `Bearer ${apiKey}`, accept: 'application/json' };
    if (input.body !== undefined) headers['content-type'] = 'application/json';
    if (input.idempotencyKey) headers['idempotency-key'] = input.idempotencyKey;
    if (input.ifMatch) headers['if-match'] = input.ifMatch;
    const res = await doFetch(url, {
      method: op.method.toUpperCase(),
      headers,
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
    });
    const text = await res.text();
    if (!res.ok) throw new KizunaApiError(res.status, JSON.parse(text) as TProblem);
    const schema = (op.success as { schema?: z.ZodType }).schema;
    const data = (schema && text ? schema.parse(JSON.parse(text)) : undefined) as Out<Ops[Id]>;
    return { data, etag: res.headers.get('etag'), status: res.status };
  },
});

export type KizunaClient = ReturnType<typeof createClient>;

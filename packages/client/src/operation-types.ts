import type { HttpMethod, OPERATIONS, OperationId } from '@kizuna/contracts';
import type { z } from 'zod';

// Types only: the session client runs in the browser bundle, where neither zod nor the schemas are shipped.

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
  signal?: AbortSignal;
};

export type CallResult<Id extends OperationId> = { data: Out<Ops[Id]>; etag: string | null; status: number };

/** Where an operation lives: all a transport needs, without the schemas. */
export type OperationRoute = { method: HttpMethod; path: string };
export type OperationRoutes = { readonly [Id in OperationId]: OperationRoute };

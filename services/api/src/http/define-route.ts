import { createHash } from 'node:crypto';
import type { Operation } from '@kizuna/contracts';
import {
  actorIdOf,
  AppError,
  authenticateApiKey,
  toCanonicalJson,
  type Deps,
  type RequestContext,
} from '@kizuna/domain';
import type { IdempotencyStore } from '@kizuna/db';
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { identifyCaller, resolveTenantContext, type Caller } from './authenticate-request.js';
import { parseInput } from './parse-input.js';

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteInput<Op extends Operation> = {
  params: Infer<Op['params']>;
  query: Infer<Op['query']>;
  body: Infer<Op['body']>;
  ctx: Op['tenantScoped'] extends true ? RequestContext : undefined;
  caller: Caller;
  ifMatchVersion: number | undefined;
  req: Request;
  res: Response;
};

export type RouteResult = { status?: number; body?: unknown; headers?: Record<string, string> } | void;

export type RouteDeps = { deps: Deps; idempotency: IdempotencyStore };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,200}$/;

export const toExpressPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

export const formatEtag = (version: number): string => `"v${version}"`;

const parseIfMatch = (req: Request, op: Operation): number | undefined => {
  if (!op.ifMatch) return undefined;
  const header = req.get('if-match');
  if (!header)
    throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the ETag you read, so changes are not lost');
  const match = /^(?:W\/)?"v(\d{1,9})"$/.exec(header.trim());
  if (!match) throw new AppError('PRECONDITION_FAILED', 'If-Match does not name a current version');
  return Number(match[1]);
};

const send = (res: Response, op: Operation, result: RouteResult) => {
  const status = result?.status ?? op.success.status;
  for (const [k, v] of Object.entries(result?.headers ?? {})) res.setHeader(k, v);
  if (status === 204 || result?.body === undefined) {
    res.status(status).end();
    return { status, headers: result?.headers ?? {}, body: '' };
  }
  // Responses pass through the contract, so nothing outside it (a password hash, say) can leak.
  const body = op.success.schema ? op.success.schema.parse(result.body) : result.body;
  const text = JSON.stringify(body);
  res.status(status).type('application/json').send(text);
  return { status, headers: result?.headers ?? {}, body: text };
};

const runIdempotent = async (
  store: IdempotencyStore,
  scope: string,
  key: string,
  fingerprint: string,
  res: Response,
  run: () => Promise<{ status: number; headers: Record<string, string>; body: string }>,
) => {
  const begun = await store.begin(scope, key, fingerprint);
  if (begun.kind === 'mismatch')
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
  if (begun.kind === 'in_progress') {
    throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still running', {
      retryAfterSeconds: 1,
    });
  }
  if (begun.kind === 'replay') {
    const { status, headers, body } = begun.response;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.setHeader('Idempotent-Replayed', 'true');
    if (!body) res.status(status).end();
    else res.status(status).type('application/json').send(body);
    return;
  }
  try {
    const response = await run();
    await store.complete(scope, key, response);
  } catch (err) {
    // Failed attempts leave no record, so the client may retry with the same key.
    await store.release(scope, key);
    throw err;
  }
};

// Registers one operation: parse → authenticate → resolve tenant → call the handler → respond.
export const defineRoute = <Op extends Operation>(
  router: Router,
  op: Op,
  { deps, idempotency }: RouteDeps,
  handler: (input: RouteInput<Op>) => Promise<RouteResult>,
): void => {
  router[op.method](toExpressPath(op.path), async (req: Request, res: Response) => {
    const caller = identifyCaller(req, op);
    const params = op.params ? parseInput(op.params, req.params, 'path') : undefined;
    const query = op.query ? parseInput(op.query, req.query, 'query') : undefined;
    if (op.body && !req.is('application/json')) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
    }
    const body = op.body ? parseInput(op.body, req.body, 'body') : undefined;
    const requestId = String(req.id);
    const ctx = op.tenantScoped
      ? await resolveTenantContext(deps, caller, (params as { tenant: string }).tenant, requestId)
      : undefined;
    // Outside a tenant the key is still checked: a revoked or forged key reads nothing.
    if (!op.tenantScoped && caller.kind === 'api_key') await authenticateApiKey(deps, caller.token);
    if (ctx) {
      res.locals.tenantId = ctx.tenant.id;
      res.locals.actorId = actorIdOf(ctx.actor);
      req.log = req.log.child({ tenantId: ctx.tenant.id, actorId: res.locals.actorId });
    }
    const ifMatchVersion = parseIfMatch(req, op);
    const input = { params, query, body, ctx, caller, ifMatchVersion, req, res } as RouteInput<Op>;
    const execute = async () => send(res, op, await handler(input));

    const key = req.get('idempotency-key');
    if (!op.idempotent || key === undefined) {
      await execute();
      return;
    }
    if (!IDEMPOTENCY_KEY.test(key))
      throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1–200 of [A-Za-z0-9_.:-]');
    const scope = `${ctx?.tenant.id ?? 'platform'}:${ctx ? actorIdOf(ctx.actor) : 'anonymous'}:${op.id}`;
    const fingerprint = createHash('sha256').update(toCanonicalJson({ params, body })).digest('hex');
    await runIdempotent(idempotency, scope, key, fingerprint, res, execute);
  });
};

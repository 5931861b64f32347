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
import type { CsrfGuard } from './csrf.js';
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

export type RouteDeps = {
  deps: Deps;
  idempotency: IdempotencyStore;
  csrf: CsrfGuard;
  // How long an in-progress Idempotency-Key stays claimed if its request dies without finishing.
  idempotencyLeaseSeconds: number;
};

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

type RenderedResponse = { status: number; headers: Record<string, string>; body: string };

const render = (op: Operation, result: RouteResult): RenderedResponse => {
  const status = result?.status ?? op.success.status;
  const headers = result?.headers ?? {};
  if (status === 204 || result?.body === undefined) return { status, headers, body: '' };
  // Responses pass through the contract, so nothing outside it (a password hash, say) can leak.
  const body = op.success.schema ? op.success.schema.parse(result.body) : result.body;
  return { status, headers, body: JSON.stringify(body) };
};

const write = (res: Response, { status, headers, body }: RenderedResponse) => {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (!body) res.status(status).end();
  else res.status(status).type('application/json').send(body);
};

// Secrets in a body (the step-up password of a sign-off) are not part of what makes two requests "the same", and
// must not sit in control.idempotency_keys as an unsalted hash anyone with the table could test guesses against.
const SECRET_FIELD = /^(password|secret|token|api_?key|client_?secret|private_?key)$/i;

const withoutSecrets = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => !SECRET_FIELD.test(name))
      .map(([name, v]) => [name, withoutSecrets(v)]),
  );
};

export const fingerprintRequest = (params: unknown, body: unknown): string =>
  createHash('sha256')
    .update(toCanonicalJson({ params, body: withoutSecrets(body) }))
    .digest('hex');

const runIdempotent = async (
  { idempotency: store, idempotencyLeaseSeconds }: RouteDeps,
  scope: string,
  key: string,
  fingerprint: string,
  res: Response,
  run: () => Promise<RenderedResponse>,
) => {
  const begun = await store.begin(scope, key, fingerprint, idempotencyLeaseSeconds);
  if (begun.kind === 'mismatch')
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
  if (begun.kind === 'in_progress') {
    throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still running', {
      retryAfterSeconds: 1,
    });
  }
  if (begun.kind === 'replay') {
    res.setHeader('Idempotent-Replayed', 'true');
    write(res, begun.response);
    return;
  }
  let response: RenderedResponse;
  try {
    response = await run();
    // Stored before it is sent: a client that has the answer and retries at once gets it replayed, never a 409.
    await store.complete(scope, key, begun.lease, response);
  } catch (err) {
    // Failed attempts leave no record, so the client may retry with the same key.
    await store.release(scope, key, begun.lease);
    throw err;
  }
  write(res, response);
};

// Registers one operation: parse → authenticate → resolve tenant → call the handler → respond.
export const defineRoute = <Op extends Operation>(
  router: Router,
  op: Op,
  routeDeps: RouteDeps,
  handler: (input: RouteInput<Op>) => Promise<RouteResult>,
): void => {
  const { deps } = routeDeps;
  router[op.method](toExpressPath(op.path), async (req: Request, res: Response) => {
    const caller = identifyCaller(req, op, routeDeps.csrf);
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
    const execute = async () => render(op, await handler(input));

    const key = req.get('idempotency-key');
    if (!op.idempotent || key === undefined) {
      write(res, await execute());
      return;
    }
    if (!IDEMPOTENCY_KEY.test(key))
      throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1–200 of [A-Za-z0-9_.:-]');
    const scope = `${ctx?.tenant.id ?? 'platform'}:${ctx ? actorIdOf(ctx.actor) : 'anonymous'}:${op.id}`;
    await runIdempotent(routeDeps, scope, key, fingerprintRequest(params, body), res, execute);
  });
};

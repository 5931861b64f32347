import type { OperationId } from '@kizuna/contracts';
import { createNetworkError, KizunaApiError, readProblem } from './kizuna-api-error.js';
import type { CallInput, OperationRoute } from './operation-types.js';

export type Transport = {
  /** Absolute, or '' for same-origin relative URLs (the browser). */
  baseUrl: string;
  fetch: typeof fetch;
  credentials?: 'include' | 'same-origin' | 'omit';
};

export type RawResult = { body: unknown; etag: string | null; status: number };

const buildPath = (template: string, params: Record<string, unknown> = {}) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));

export const buildUrl = (
  baseUrl: string,
  route: OperationRoute,
  input: Pick<CallInput<OperationId>, 'params' | 'query'>,
): string => {
  const path = buildPath(route.path, input.params as Record<string, unknown> | undefined);
  // URL does the query encoding; without a base the placeholder origin is dropped again below.
  const url = new URL(path, baseUrl || 'http://relative.invalid');
  for (const [k, v] of Object.entries((input.query ?? {}) as Record<string, unknown>)) {
    if (v !== undefined) url.searchParams.set(k, String(v));
  }
  return baseUrl ? url.href : `${url.pathname}${url.search}`;
};

/** One HTTP exchange for one operation; any answer outside 2xx, or none at all, throws KizunaApiError. */
export const sendOperation = async (
  transport: Transport,
  route: OperationRoute,
  input: CallInput<OperationId>,
  extraHeaders: Record<string, string>,
): Promise<RawResult> => {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...extraHeaders };
  if (input.body !== undefined) headers['content-type'] = 'application/json';
  if (input.idempotencyKey) headers['idempotency-key'] = input.idempotencyKey;
  if (input.ifMatch) headers['if-match'] = input.ifMatch;
  // Called unbound: browsers refuse window.fetch invoked as a method of another object.
  const doFetch = transport.fetch;
  let res: Response;
  try {
    res = await doFetch(buildUrl(transport.baseUrl, route, input), {
      method: route.method.toUpperCase(),
      headers,
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
      ...(transport.credentials ? { credentials: transport.credentials } : {}),
      ...(input.signal ? { signal: input.signal } : {}),
    });
  } catch (error) {
    // An abort is the caller's own doing (a screen left, a query cancelled), not a failure to report.
    if (input.signal?.aborted) throw error;
    throw createNetworkError(error);
  }
  const body = readJson(await res.text());
  if (!res.ok) {
    throw new KizunaApiError(res.status, readProblem(res.status, res.statusText, body), {
      retryAfter: res.headers.get('retry-after'),
    });
  }
  return { body, etag: res.headers.get('etag'), status: res.status };
};

const readJson = (text: string): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

import { ApiError, parseProblem } from './problem.js';

// Same-origin JSON client for /api/v1: session cookie, CSRF token on unsafe methods, problem+json errors.

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface JsonResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

const UNSAFE_METHODS = new Set<Method>(['POST', 'PATCH', 'PUT', 'DELETE']);

let csrfToken: string | null = null;
let pendingCsrfToken: Promise<string> | null = null;
const unauthorizedListeners = new Set<() => void>();

/** The session is regenerated on login and destroyed on logout, so its CSRF token must be fetched anew. */
export function resetCsrfToken(): void {
  csrfToken = null;
  pendingCsrfToken = null;
}

/** Lets the app drop back to the login screen when a session expires mid-use. */
export function subscribeUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

async function getCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  // Concurrent unsafe requests share one token fetch.
  pendingCsrfToken ??= send<{ token: string }>('/api/v1/auth/csrf', {}).then(
    ({ data }) => {
      csrfToken = data.token;
      pendingCsrfToken = null;
      return data.token;
    },
    (error: unknown) => {
      pendingCsrfToken = null;
      throw error;
    },
  );
  return pendingCsrfToken;
}

export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<JsonResponse<T>> {
  const method = options.method ?? 'GET';
  if (!UNSAFE_METHODS.has(method)) return send<T>(path, options);
  try {
    return await send<T>(path, { ...options, headers: { ...options.headers, 'X-CSRF-Token': await getCsrfToken() } });
  } catch (error) {
    // A token from an earlier session is rejected with 403; fetch a fresh one and retry exactly once.
    if (!(error instanceof ApiError) || error.status !== 403 || !/csrf/i.test(error.problem.code ?? '')) throw error;
    resetCsrfToken();
    return send<T>(path, { ...options, headers: { ...options.headers, 'X-CSRF-Token': await getCsrfToken() } });
  }
}

async function send<T>(path: string, options: RequestOptions): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' });
  }
  const body = await readBody(response);
  if (!response.ok) {
    const problem = parseProblem(response.status, response.statusText, body);
    // A wrong password on a sign-off (FRESH_AUTH_REQUIRED) is a 401 too, but the session is still valid.
    if (response.status === 401 && !path.startsWith('/api/v1/auth/') && problem.code !== 'FRESH_AUTH_REQUIRED') {
      for (const listener of unauthorizedListeners) listener();
    }
    throw new ApiError(problem);
  }
  return { data: body as T, headers: response.headers, status: response.status };
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

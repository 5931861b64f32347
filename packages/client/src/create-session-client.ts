import type { OperationId } from '@kizuna/contracts';
import { KizunaApiError } from './kizuna-api-error.js';
import type { CallInput, CallResult, OperationRoute, OperationRoutes } from './operation-types.js';
import { buildUrl, sendOperation, type RawResult, type Transport } from './send-operation.js';

export type SessionClientOptions = {
  /** From readOperationRoutes(); a browser build inlines them, so no schema reaches the bundle. */
  routes: OperationRoutes;
  /** '' (the default) sends same-origin relative URLs, as a page served by the API does. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** A call that relied on the session was refused with 401: the session has ended (expired, or logged out elsewhere). */
  onSessionExpired?: (error: KizunaApiError, id: OperationId) => void;
};

export const CSRF_HEADER = 'x-csrf-token';

// Calls that do not rely on an existing session: a 401 from them is an answer (nobody logged in, wrong password).
const SESSIONLESS = new Set<OperationId>(['getCsrfToken', 'login', 'logout', 'getSession']);
// Login and logout replace the server-side session, and the CSRF token is bound to the session.
const SESSION_REPLACING = new Set<OperationId>(['login', 'logout']);

// The browser's client: the session cookie authenticates (same origin, so no CORS), and every unsafe call carries
// the session's CSRF token, fetched once and refreshed once when the server says it is stale. Responses are typed
// from the contract but not re-validated: the page and the API ship together.
export const createSessionClient = ({
  routes,
  baseUrl = '',
  fetch: doFetch = (...args) => fetch(...args),
  onSessionExpired,
}: SessionClientOptions) => {
  const transport: Transport = { baseUrl, fetch: doFetch, credentials: 'same-origin' };
  let token: Promise<string> | null = null;

  const readCsrfToken = (): Promise<string> => {
    // Concurrent unsafe calls share one fetch; a failed fetch is forgotten so the next call tries again.
    token ??= sendOperation(transport, routes.getCsrfToken, {}, {}).then(
      ({ body }) => (body as { token: string }).token,
      (error: unknown) => {
        token = null;
        throw error;
      },
    );
    return token;
  };

  const send = async (route: OperationRoute, input: CallInput<OperationId>): Promise<RawResult> => {
    if (route.method === 'get') return sendOperation(transport, route, input, {});
    try {
      return await sendOperation(transport, route, input, { [CSRF_HEADER]: await readCsrfToken() });
    } catch (error) {
      // A token from an earlier session is refused; fetch the current one and try exactly once more.
      if (!(error instanceof KizunaApiError) || error.problem.code !== 'CSRF_TOKEN_INVALID') throw error;
      token = null;
      return sendOperation(transport, route, input, { [CSRF_HEADER]: await readCsrfToken() });
    }
  };

  return {
    /** The URL of a read, for a link a person opens themselves (the same-origin cookie authenticates it). */
    buildHref<Id extends OperationId>(id: Id, input: Pick<CallInput<Id>, 'params' | 'query'> = {}): string {
      return buildUrl(baseUrl, routes[id], input);
    },

    async call<Id extends OperationId>(id: Id, input: CallInput<Id> = {}): Promise<CallResult<Id>> {
      // A token cached from an expired session would only cost a refused first try.
      if (id === 'login') token = null;
      try {
        const { body, etag, status } = await send(routes[id], input);
        return { data: body as CallResult<Id>['data'], etag, status };
      } catch (error) {
        // A wrong password on a sign-off is a 401 too, but the session is still valid.
        const expired =
          error instanceof KizunaApiError &&
          error.status === 401 &&
          error.problem.code !== 'FRESH_AUTH_REQUIRED' &&
          !SESSIONLESS.has(id);
        if (expired) onSessionExpired?.(error, id);
        throw error;
      } finally {
        if (SESSION_REPLACING.has(id)) token = null;
      }
    },
  };
};

export type KizunaSessionClient = ReturnType<typeof createSessionClient>;

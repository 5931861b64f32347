// Browser entry of the typed client: cookie sessions with CSRF, no zod and no schemas in the bundle.
export { createSessionClient, type KizunaSessionClient, type SessionClientOptions } from './create-session-client.js';
export { KizunaApiError, NETWORK_ERROR } from './kizuna-api-error.js';
export type { CallInput, CallResult, OperationRoute, OperationRoutes } from './operation-types.js';

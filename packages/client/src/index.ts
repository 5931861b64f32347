// Typed REST client for integrators, generated from the same contract the API serves.
export { createClient, type ClientOptions, type KizunaClient } from './create-client.js';
export type { RetryOptions } from './retry-policy.js';
export { createSessionClient, type KizunaSessionClient, type SessionClientOptions } from './create-session-client.js';
export { KizunaApiError, NETWORK_ERROR } from './kizuna-api-error.js';
export { readOperationRoutes } from './operation-routes.js';
export type { CallInput, CallResult, OperationRoute, OperationRoutes } from './operation-types.js';

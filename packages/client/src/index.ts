// Typed REST client for integrators, generated from the same contract the API serves.
export {
  createClient,
  KizunaApiError,
  type CallInput,
  type CallResult,
  type ClientOptions,
  type KizunaClient,
} from './create-client.js';

// The REST contract: zod schemas shared by the API, the typed client and the web app.
export * from './common.js';
export * from './problem.js';
export * from './ai-systems.js';
export * from './auth.js';
export * from './api-keys.js';
export * from './audit-events.js';
export * from './operations.js';
export * from './openapi.js';
export * from './governance.js';
export * from './governance-operations.js';
export * from './catalog-operations.js';
export * from './tenant-policy.js';
export * from './operation-permissions.js';
export * from './incidents.js';
export * from './incident-operations.js';
export * from './feedback.js';
export * from './feedback-operations.js';

// Entry point the worker bundles: every workflow type it registers.
export { tenantProvisioning } from './workflows/tenant-provisioning.js';
export { tenantMigration } from './workflows/tenant-migration.js';
export { aiSystemLifecycle } from './workflows/ai-system-lifecycle.js';
export { regulatorRequestReminders } from './workflows/regulator-request-reminders.js';
export { webhookDispatch } from './workflows/webhook-dispatch.js';
export { webhookDelivery } from './workflows/webhook-delivery.js';
export { incidentResponse } from './workflows/incident-response.js';
export { incidentSweep } from './workflows/incident-sweep.js';

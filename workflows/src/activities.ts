import {
  activateTenant,
  AppError,
  createWebhookSecretBox,
  DEVELOPMENT_WEBHOOK_SECRET_KEY,
  migrateTenant,
  seedTenant,
  type Deps,
  type SchemaMigrator,
  type WebhookSecretBox,
  type WebhookSender,
} from '@kizuna/domain';
import { guarded, toActivityFailure } from './activity-failure.js';
import { createIncidentActivities } from './incident-activities.js';
import { createLifecycleActivities } from './lifecycle-activities.js';
import { createRegulatorRequestActivities } from './regulator-request-activities.js';
import { createWebhookActivities } from './webhook-activities.js';
import { createWebhookSender } from './webhook-http-sender.js';

// Webhooks: the worker passes its key and address policy; left out (tests, `npm start`), the development key and
// the guard of the deps' mode.
export type ActivityDeps = Deps & {
  schemas: SchemaMigrator;
  webhookSecrets?: WebhookSecretBox;
  sendWebhook?: WebhookSender;
};

// Every activity is idempotent: it may run more than once after a crash or a retry.
export const createActivities = (deps: ActivityDeps) => ({
  ...createLifecycleActivities(deps),
  ...createRegulatorRequestActivities(deps),
  ...createWebhookActivities({
    ...deps,
    webhookSecrets: deps.webhookSecrets ?? createWebhookSecretBox(DEVELOPMENT_WEBHOOK_SECRET_KEY),
    sendWebhook:
      deps.sendWebhook ?? createWebhookSender({ production: deps.production !== false, allowPrivate: false }),
  }),
  ...createIncidentActivities(deps),
  async listTenantIds(): Promise<string[]> {
    return (await deps.control.tenants.list()).map((t) => t.id);
  },
  async createTenantSchema(tenantId: string): Promise<void> {
    const tenant = await deps.control.tenants.findById(tenantId);
    if (!tenant) return toActivityFailure(new AppError('NOT_FOUND', 'Tenant not found'));
    await deps.schemas.createSchema(tenant);
  },
  migrateTenantSchema: guarded(async (tenantId: string): Promise<{ applied: string[]; version: string | null }> => {
    const result = await migrateTenant(deps, tenantId);
    return { applied: result.applied, version: result.version };
  }),
  seedTenant: guarded((tenantId: string) => seedTenant(deps, tenantId)),
  activateTenant: guarded(async (tenantId: string): Promise<void> => {
    await activateTenant(deps, tenantId);
  }),
});

export type Activities = ReturnType<typeof createActivities>;

import { activateTenant, AppError, migrateTenant, seedTenant, type Deps, type SchemaMigrator } from '@kizuna/domain';
import { guarded, toActivityFailure } from './activity-failure.js';
import { createLifecycleActivities } from './lifecycle-activities.js';
import { createRegulatorRequestActivities } from './regulator-request-activities.js';

export type ActivityDeps = Deps & { schemas: SchemaMigrator };

// Every activity is idempotent: it may run more than once after a crash or a retry.
export const createActivities = (deps: ActivityDeps) => ({
  ...createLifecycleActivities(deps),
  ...createRegulatorRequestActivities(deps),
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

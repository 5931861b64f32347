import {
  activateTenant,
  AppError,
  isAppError,
  migrateTenant,
  seedTenant,
  type Deps,
  type SchemaMigrator,
} from '@kizuna/domain';
import { ApplicationFailure } from '@temporalio/activity';
import { createLifecycleActivities } from './lifecycle-activities.js';

export type ActivityDeps = Deps & { schemas: SchemaMigrator };

// Domain errors that retrying cannot fix fail the activity for good; everything else is retried.
const PERMANENT = new Set(['NOT_FOUND', 'VALIDATION_FAILED', 'FORBIDDEN', 'CONFLICT']);
const rethrow = (err: unknown): never => {
  if (isAppError(err) && PERMANENT.has(err.code)) {
    throw ApplicationFailure.create({ type: err.code, message: err.message, nonRetryable: true });
  }
  throw err;
};

// Every activity is idempotent: it may run more than once after a crash or a retry.
export const createActivities = (deps: ActivityDeps) => ({
  ...createLifecycleActivities(deps),
  async listTenantIds(): Promise<string[]> {
    return (await deps.control.tenants.list()).map((t) => t.id);
  },
  async createTenantSchema(tenantId: string): Promise<void> {
    const tenant = await deps.control.tenants.findById(tenantId);
    if (!tenant) return rethrow(new AppError('NOT_FOUND', 'Tenant not found'));
    await deps.schemas.createSchema(tenant);
  },
  async migrateTenantSchema(tenantId: string): Promise<{ applied: string[]; version: string | null }> {
    try {
      const result = await migrateTenant(deps, tenantId);
      return { applied: result.applied, version: result.version };
    } catch (err) {
      return rethrow(err);
    }
  },
  async seedTenant(tenantId: string): Promise<void> {
    await seedTenant(deps, tenantId).catch(rethrow);
  },
  async activateTenant(tenantId: string): Promise<void> {
    await activateTenant(deps, tenantId).catch(rethrow);
  },
});

export type Activities = ReturnType<typeof createActivities>;

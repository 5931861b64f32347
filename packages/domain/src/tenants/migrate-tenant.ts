import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import type { SchemaMigrator } from './tenant-ports.js';

// Creates the schema if needed and applies pending migrations; the outcome is recorded per tenant either way.
export const migrateTenant = async (deps: Deps & { schemas: SchemaMigrator }, tenantId: string) => {
  const tenant = await deps.control.tenants.findById(tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', 'Tenant not found');
  try {
    const result = await deps.schemas.migrate(tenant);
    await deps.schemas.recordState(tenantId, { status: 'ok', version: result.version });
    return { tenantId, applied: result.applied, version: result.version };
  } catch (err) {
    await deps.schemas.recordState(tenantId, {
      status: 'failed',
      error: err instanceof Error ? err.message : String(err),
    });
    throw err;
  }
};

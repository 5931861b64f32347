import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import type { TenantRecord } from './tenant-ports.js';

export const loadTenant = async (deps: Deps, tenantId: string): Promise<TenantRecord> => {
  const tenant = await deps.control.tenants.findById(tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', 'Tenant not found');
  return tenant;
};

import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import type { TenantRecord } from './tenant-ports.js';

export const activateTenant = async (deps: Deps, tenantId: string): Promise<TenantRecord> => {
  const tenant = await deps.control.tenants.findById(tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', 'Tenant not found');
  if (tenant.status !== 'active') await deps.control.tenants.setStatus(tenantId, 'active');
  return { ...tenant, status: 'active' };
};

import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import type { TenantRecord } from '../tenants/tenant-ports.js';

// A tenant the caller does not belong to answers exactly like one that does not exist.
export const tenantNotFound = () => new AppError('NOT_FOUND', 'Tenant not found');

export const findActiveTenant = async (deps: Deps, slug: string): Promise<TenantRecord> => {
  const tenant = await deps.control.tenants.findBySlug(slug);
  if (!tenant) throw tenantNotFound();
  return tenant;
};

export const requireActive = (tenant: TenantRecord) => {
  if (tenant.status !== 'active') throw new AppError('TENANT_NOT_ACTIVE', `Tenant is ${tenant.status}`);
};

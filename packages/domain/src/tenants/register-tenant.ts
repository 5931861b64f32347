import { ZTenantSlug } from '@kizuna/contracts';
import { AppError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import type { TenantRecord } from './tenant-ports.js';
import { schemaNameFor } from './tenant-schema-name.js';

// First step of provisioning: the control-plane row. Calling it again for a tenant still being provisioned
// returns that tenant, so a retried provisioning resumes instead of failing.
export const registerTenant = async (deps: Deps, input: { slug: string; name: string }): Promise<TenantRecord> => {
  const slug = ZTenantSlug.safeParse(input.slug);
  if (!slug.success) {
    throw new AppError('VALIDATION_FAILED', `Invalid tenant slug ${JSON.stringify(input.slug)}`, {
      errors: slug.error.issues.map((i) => ({ path: 'slug', message: i.message })),
    });
  }
  const name = input.name.trim();
  if (!name || name.length > 200) throw new AppError('VALIDATION_FAILED', 'Tenant name must be 1–200 characters');
  const existing = await deps.control.tenants.findBySlug(slug.data);
  if (existing) {
    if (existing.status === 'provisioning' || existing.status === 'failed') return existing;
    throw new AppError('CONFLICT', `Tenant ${slug.data} already exists`);
  }
  const id = newId(deps.now().getTime());
  const tenant: TenantRecord = {
    id,
    slug: slug.data,
    name,
    schemaName: schemaNameFor(id),
    status: 'provisioning',
    clusterId: 'default',
  };
  await deps.control.tenants.insert(tenant);
  return tenant;
};

import { ZTenantPolicy } from '@kizuna/contracts';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';

export const ROLE_DEFINITIONS = [
  { role: 'tenant_admin', nameEn: 'Tenant administrator', nameJa: 'テナント管理者' },
  { role: 'governance_officer', nameEn: 'Governance officer', nameJa: 'ガバナンス担当者' },
  { role: 'system_owner', nameEn: 'AI system owner', nameJa: 'AIシステム責任者' },
  { role: 'executive', nameEn: 'Executive', nameJa: '経営層' },
  { role: 'auditor', nameEn: 'Auditor', nameJa: '監査人' },
] as const;

// No overrides: the tier defaults of DESIGN §3 apply until the tenant admin tightens them.
export const DEFAULT_TENANT_POLICY = ZTenantPolicy.parse({});

// Idempotent: safe to run again after a crash part-way through provisioning.
export const seedTenant = async (deps: Deps, tenantId: string): Promise<void> => {
  const tenant = await deps.control.tenants.findById(tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', 'Tenant not found');
  await deps.runInTenant(tenant, async (repos) => {
    await repos.setup.seedRoleDefinitions([...ROLE_DEFINITIONS]);
    await repos.setup.ensurePolicy(DEFAULT_TENANT_POLICY);
    await repos.audit.append({
      action: 'tenant.seeded',
      targetType: 'Tenant',
      targetId: tenant.id,
      actor: { type: 'system', id: 'provisioning' },
      requestId: null,
      data: { roles: ROLE_DEFINITIONS.map((r) => r.role), policy: DEFAULT_TENANT_POLICY },
      dedupeKey: `tenant.seeded:${tenant.id}`,
    });
  });
};

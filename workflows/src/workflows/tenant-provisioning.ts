import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities.js';
import type { ProvisioningInput, ProvisioningResult } from '../definitions.js';

const { createTenantSchema, migrateTenantSchema, seedTenant, activateTenant } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: 10 },
});

// create schema → migrate → seed roles and policy → active. Each step is idempotent, so a retry or a
// restarted worker picks up wherever the last run stopped.
export async function tenantProvisioning({ tenantId }: ProvisioningInput): Promise<ProvisioningResult> {
  await createTenantSchema(tenantId);
  const migrated = await migrateTenantSchema(tenantId);
  await seedTenant(tenantId);
  await activateTenant(tenantId);
  return { tenantId, status: 'active', migrationsApplied: migrated.applied };
}

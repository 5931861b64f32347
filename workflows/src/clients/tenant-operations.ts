import { registerTenant, type Deps, type TenantRecord } from '@kizuna/domain';
import type { Client } from '@temporalio/client';
import {
  migrationProgressQuery,
  TASK_QUEUE,
  TENANT_ID_ATTRIBUTE,
  tenantMigrationWorkflowId,
  tenantProvisioningWorkflowId,
  type ProvisioningResult,
  type TenantMigrationInput,
  type TenantMigrationProgress,
  type TenantMigrationResult,
} from '../definitions.js';
import type { tenantMigration, tenantProvisioning } from '../workflows.js';

// Registers the tenant row, then runs (or rejoins) its provisioning workflow and waits for it.
export const provisionTenant = async (
  client: Client,
  deps: Deps,
  input: { slug: string; name: string },
): Promise<ProvisioningResult & { tenant: TenantRecord }> => {
  const tenant = await registerTenant(deps, input);
  const handle = await client.workflow.start<typeof tenantProvisioning>('tenantProvisioning', {
    taskQueue: TASK_QUEUE,
    workflowId: tenantProvisioningWorkflowId(tenant.id),
    args: [{ tenantId: tenant.id }],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
    typedSearchAttributes: [{ key: TENANT_ID_ATTRIBUTE, value: tenant.id }],
    memo: { tenantId: tenant.id, slug: tenant.slug },
  });
  const result = await handle.result();
  return { ...result, tenant: { ...tenant, status: 'active' } };
};

export const startTenantMigration = async (client: Client, input: TenantMigrationInput & { runLabel: string }) =>
  client.workflow.start<typeof tenantMigration>('tenantMigration', {
    taskQueue: TASK_QUEUE,
    workflowId: tenantMigrationWorkflowId(input.runLabel),
    args: [{ tenantIds: input.tenantIds, concurrency: input.concurrency }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });

export const readMigrationProgress = async (client: Client, runLabel: string): Promise<TenantMigrationProgress> =>
  client.workflow.getHandle(tenantMigrationWorkflowId(runLabel)).query(migrationProgressQuery);

export type { TenantMigrationResult };

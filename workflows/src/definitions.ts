import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery } from '@temporalio/workflow';

// Shared by workflow code (sandboxed) and by clients: names, IDs and message types only, no I/O.
export const TASK_QUEUE = 'kizuna';

// Registered on the namespace at start-up; lets operators list one tenant's workflows.
export const TENANT_ID_ATTRIBUTE = defineSearchAttributeKey('TenantId', SearchAttributeType.KEYWORD);

export const tenantProvisioningWorkflowId = (tenantId: string) => `tenant/${tenantId}/provisioning`;
export const tenantMigrationWorkflowId = (runLabel: string) => `platform/tenant-migration/${runLabel}`;

export type ProvisioningInput = { tenantId: string };
export type ProvisioningResult = { tenantId: string; status: 'active'; migrationsApplied: string[] };

export type TenantMigrationInput = { tenantIds?: string[]; concurrency?: number };
export type TenantMigrationFailure = { tenantId: string; error: string };
export type TenantMigrationProgress = { total: number; done: number; failed: TenantMigrationFailure[] };
export type TenantMigrationResult = TenantMigrationProgress & { migrated: string[] };

export const migrationProgressQuery = defineQuery<TenantMigrationProgress>('migrationProgress');

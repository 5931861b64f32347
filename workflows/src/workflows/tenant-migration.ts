import { proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities.js';
import {
  migrationProgressQuery,
  type TenantMigrationFailure,
  type TenantMigrationInput,
  type TenantMigrationResult,
} from '../definitions.js';

const { listTenantIds } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });
const { migrateTenantSchema } = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  // A few attempts for transient trouble (lock timeouts); then the tenant is reported and the rest go on.
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', maximumAttempts: 3 },
});

const DEFAULT_CONCURRENCY = 4;

// Applies pending migrations to every tenant schema, a bounded number at a time. A failing tenant is
// recorded and does not stop the others; re-running is safe because applied migrations are skipped.
export async function tenantMigration(input: TenantMigrationInput): Promise<TenantMigrationResult> {
  const tenantIds = input.tenantIds ?? (await listTenantIds());
  const concurrency = Math.max(1, Math.min(input.concurrency ?? DEFAULT_CONCURRENCY, 32));
  const migrated: string[] = [];
  const failed: TenantMigrationFailure[] = [];
  setHandler(migrationProgressQuery, () => ({
    total: tenantIds.length,
    done: migrated.length + failed.length,
    failed,
  }));

  let next = 0;
  const lane = async () => {
    while (next < tenantIds.length) {
      const tenantId = tenantIds[next]!;
      next += 1;
      try {
        await migrateTenantSchema(tenantId);
        migrated.push(tenantId);
      } catch (err) {
        const cause = (err as { cause?: { message?: string } }).cause;
        failed.push({ tenantId, error: cause?.message ?? (err as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tenantIds.length) }, lane));
  return { total: tenantIds.length, done: migrated.length + failed.length, failed, migrated };
}

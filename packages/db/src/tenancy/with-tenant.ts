import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../connection.js';
import { assertSchemaName } from '@kizuna/domain';

export type TenantScope = { id: string; schemaName: string };

// One transaction whose search_path (transaction-local) names the tenant's schema; it reverts at COMMIT,
// so a pooled connection never carries one tenant's path into the next request.
export const withTenant = <T>(db: Db, tenant: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T> => {
  assertSchemaName(tenant.schemaName);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('search_path', ${tenant.schemaName}, true), set_config('app.tenant_id', ${tenant.id}, true)`,
    );
    return fn(tx);
  });
};

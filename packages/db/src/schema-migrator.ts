import type { SchemaMigrator } from '@kizuna/domain';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { createDb } from './connection.js';
import { createTenantSchema, migrateTenantSchema } from './migrations/run-migrations.js';
import { tenantSchemaState } from './schema/control.js';

// DDL runs on the owner's pool; the application role cannot create schemas.
export const createSchemaMigrator = (ownerPool: pg.Pool, appRole: string): SchemaMigrator => {
  const db = createDb(ownerPool);
  return {
    createSchema: (tenant) => createTenantSchema(ownerPool, { schemaName: tenant.schemaName, appRole }),
    migrate: (tenant) => migrateTenantSchema(ownerPool, { schemaName: tenant.schemaName, appRole }),
    async recordState(tenantId, state) {
      const values = { tenantId, status: state.status, version: state.version ?? null, lastError: state.error ?? null };
      await db
        .insert(tenantSchemaState)
        .values(values)
        .onConflictDoUpdate({
          target: tenantSchemaState.tenantId,
          set:
            state.status === 'ok'
              ? { status: 'ok', version: values.version, lastError: null, updatedAt: sql`now()` }
              : { status: 'failed', lastError: values.lastError, updatedAt: sql`now()` },
        });
    },
  };
};

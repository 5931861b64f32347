// The only package that talks to Postgres: schema, migrations, tenancy and repositories.
export { createPool, createDb, type Db, type Tx, type Executor } from './connection.js';
export { withTenant, type TenantScope } from './tenancy/with-tenant.js';
export { quoteIdent } from './tenancy/quote-ident.js';
export { migrateControlSchema, migrateTenantSchema, type MigrationResult } from './migrations/run-migrations.js';
export { TENANT_MIGRATIONS } from './migrations/tenant-migrations.generated.js';
export { CONTROL_MIGRATIONS } from './migrations/control-migrations.generated.js';
export type { Migration } from './migrations/migration.js';
export { prepareDatabase, buildAppUrl, DEFAULT_APP_ROLE } from './prepare-database.js';
export { createDeps } from './create-deps.js';
export { createSchemaMigrator } from './schema-migrator.js';
export { createIdempotencyStore, type IdempotencyStore } from './repositories/idempotency-store.js';

import type pg from 'pg';
import { CONTROL_MIGRATIONS } from './control-migrations.generated.js';
import type { Migration } from './migration.js';
import { TENANT_MIGRATIONS } from './tenant-migrations.generated.js';
import { assertSchemaName } from '@kizuna/domain';
import { quoteIdent } from '../tenancy/quote-ident.js';


const STATEMENT_BREAK = '--> statement-breakpoint';

export type MigrationResult = { schemaName: string; applied: string[]; version: string | null };

const lockSchema = (client: pg.PoolClient, schemaName: string) =>
  client.query(`select pg_advisory_xact_lock(hashtext('kizuna-migrate'), hashtext($1))`, [schemaName]);

// Applies, in id order, every migration not yet recorded for this schema — including ones merged out of
// order, which drizzle's own migrator would skip. One transaction and one advisory lock per schema.
const applyMigrations = async (
  client: pg.PoolClient,
  schemaName: string,
  migrations: readonly Migration[],
  // Runs last in the same transaction, under the same lock (grants: concurrent GRANTs on one schema collide).
  finish: () => Promise<void> = async () => undefined,
): Promise<MigrationResult> => {
  await client.query('begin');
  try {
    await lockSchema(client, schemaName);
    await client.query(`select set_config('search_path', $1, true), set_config('lock_timeout', '10s', true)`, [
      schemaName,
    ]);
    const { rows } = await client.query<{ migration_id: string; checksum: string }>(
      'select migration_id, checksum from control.schema_migrations where schema_name = $1',
      [schemaName],
    );
    const recorded = new Map(rows.map((r) => [r.migration_id, r.checksum]));
    const applied: string[] = [];
    for (const migration of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
      const checksum = recorded.get(migration.id);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(`migration ${migration.id} of ${schemaName} was applied with different contents`);
        }
        continue;
      }
      if (/"public"\./.test(migration.sql)) throw new Error(`migration ${migration.id} names the public schema`);
      for (const statement of migration.sql.split(STATEMENT_BREAK)) {
        if (statement.trim()) await client.query(statement);
      }
      await client.query(
        'insert into control.schema_migrations (schema_name, migration_id, checksum) values ($1, $2, $3)',
        [schemaName, migration.id, migration.checksum],
      );
      applied.push(migration.id);
    }
    await finish();
    await client.query('commit');
    return { schemaName, applied, version: migrations.at(-1)?.id ?? null };
  } catch (err) {
    await client.query('rollback');
    throw err;
  }
};

const bootstrapControl = async (client: pg.PoolClient) => {
  await client.query('create schema if not exists control');
  await client.query(`create table if not exists control.schema_migrations (
    schema_name text not null, migration_id text not null, checksum text not null,
    applied_at timestamptz not null default now(), primary key (schema_name, migration_id))`);
};

export const migrateControlSchema = async (ownerPool: pg.Pool): Promise<MigrationResult> => {
  const client = await ownerPool.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('kizuna-control-bootstrap'))`);
    try {
      await bootstrapControl(client);
      // drizzle-kit's init also creates schema_migrations; skip statements for objects bootstrap made.
      const migrations = CONTROL_MIGRATIONS.map((m) => ({
        ...m,
        sql: m.sql
          .split(STATEMENT_BREAK)
          .filter((s) => !/create schema "control"|"control"\."schema_migrations"/i.test(s))
          .join(STATEMENT_BREAK),
      }));
      return await applyMigrations(client, 'control', migrations);
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('kizuna-control-bootstrap'))`);
    }
  } finally {
    client.release();
  }
};

export type TenantSchemaTarget = { schemaName: string; appRole: string };

const grantUsage = (client: pg.PoolClient, target: TenantSchemaTarget) =>
  client.query(`grant usage on schema ${quoteIdent(target.schemaName)} to ${quoteIdent(target.appRole)}`);

// Under the schema's migration lock: a provisioning retry may run beside a fleet migration of the same schema.
export const createTenantSchema = async (ownerPool: pg.Pool, target: TenantSchemaTarget): Promise<void> => {
  assertSchemaName(target.schemaName);
  const client = await ownerPool.connect();
  try {
    await client.query('begin');
    try {
      await lockSchema(client, target.schemaName);
      await client.query(`create schema if not exists ${quoteIdent(target.schemaName)}`);
      await grantUsage(client, target);
      await client.query('commit');
    } catch (err) {
      await client.query('rollback');
      throw err;
    }
  } finally {
    client.release();
  }
};

// Creates the schema when missing, applies pending migrations, and (re)grants the application role: DML on every
// table, but only SELECT on the audit trail and its head (written through append_audit_event alone), and only
// SELECT and INSERT on the immutable assessment snapshots.
export const migrateTenantSchema = async (
  ownerPool: pg.Pool,
  target: TenantSchemaTarget,
  migrations: readonly Migration[] = TENANT_MIGRATIONS,
): Promise<MigrationResult> => {
  assertSchemaName(target.schemaName);
  const schema = quoteIdent(target.schemaName);
  const role = quoteIdent(target.appRole);
  await createTenantSchema(ownerPool, target);
  const client = await ownerPool.connect();
  try {
    return await applyMigrations(client, target.schemaName, migrations, async () => {
      await grantUsage(client, target);
      await client.query(`grant select, insert, update, delete on all tables in schema ${schema} to ${role}`);
      await client.query(
        `revoke insert, update, delete, truncate on ${schema}.audit_events, ${schema}.audit_head from ${role}`,
      );
      const snapshots = await client.query<{ ok: boolean }>('select to_regclass($1) is not null as ok', [
        `${schema}.assessment_snapshots`,
      ]);
      if (snapshots.rows[0]?.ok)
        await client.query(`revoke update, delete, truncate on ${schema}.assessment_snapshots from ${role}`);
      // Functions are executable by PUBLIC unless revoked; the migrations revoke the audit writer's, this grants it.
      await client.query(`grant execute on all functions in schema ${schema} to ${role}`);
      await client.query(`grant usage, select on all sequences in schema ${schema} to ${role}`);
    });
  } finally {
    client.release();
  }
};

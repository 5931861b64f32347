import pg from 'pg';
import { createPool } from './connection.js';
import { migrateControlSchema } from './migrations/run-migrations.js';
import { quoteIdent } from './tenancy/quote-ident.js';

export const DEFAULT_APP_ROLE = 'kizuna_app';

export type PrepareDatabaseOptions = { ownerUrl: string; appRole?: string; appPassword: string };

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export const buildAppUrl = (ownerUrl: string, appRole: string, appPassword: string): string => {
  const url = new URL(ownerUrl);
  url.username = appRole;
  url.password = appPassword;
  return url.toString();
};

// Control migrations plus the least-privileged application role the API and worker connect as. Its default
// search_path holds no tenant schema, so a query that forgets withTenant() fails instead of reading a tenant.
export const prepareDatabase = async (
  options: PrepareDatabaseOptions,
): Promise<{ appUrl: string; appRole: string }> => {
  const appRole = options.appRole ?? DEFAULT_APP_ROLE;
  if (!ROLE_NAME.test(appRole)) throw new Error(`invalid application role name ${appRole}`);
  const pool = createPool(options.ownerUrl, { max: 2, applicationName: 'kizuna-prepare' });
  try {
    const client = await pool.connect();
    try {
      await client.query(`select pg_advisory_lock(hashtext('kizuna-prepare'))`);
      const role = quoteIdent(appRole);
      const exists = await client.query('select 1 from pg_roles where rolname = $1', [appRole]);
      if (exists.rowCount === 0) await client.query(`create role ${role} login`);
      await client.query(
        `alter role ${role} with login nosuperuser nocreatedb nocreaterole nobypassrls password ${pg.escapeLiteral(options.appPassword)}`,
      );
      await client.query(`alter role ${role} set search_path = pg_catalog`);
      await client.query('revoke create on schema public from public');
      await client.query(`select pg_advisory_unlock(hashtext('kizuna-prepare'))`);
    } finally {
      client.release();
    }
    await migrateControlSchema(pool);
    await pool.query(`grant usage on schema control to ${quoteIdent(appRole)}`);
    await pool.query(`grant select, insert, update, delete on all tables in schema control to ${quoteIdent(appRole)}`);
    await pool.query(`revoke insert, update, delete on control.schema_migrations from ${quoteIdent(appRole)}`);
    return { appUrl: buildAppUrl(options.ownerUrl, appRole, options.appPassword), appRole };
  } finally {
    await pool.end();
  }
};

import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as controlSchema from './schema/control.js';
import * as tenantSchema from './schema/tenant.js';

const schema = { ...controlSchema, ...tenantSchema };
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export type PoolOptions = { max?: number; applicationName?: string; onError?: (err: Error) => void };

export const createPool = (url: string, options: PoolOptions = {}): pg.Pool => {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // Each backend caches the catalog of every tenant schema it touches; recycling bounds that memory.
    maxLifetimeSeconds: 300,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: options.applicationName ?? 'kizuna',
  });
  // An idle client losing its server must not crash the process.
  pool.on('error', (err) => options.onError?.(err));
  return pool;
};

export const createDb = (pool: pg.Pool): Db => drizzle(pool, { schema });

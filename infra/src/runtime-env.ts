import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeps, createPool, createSchemaMigrator } from '@kizuna/db';
import { Client, Connection } from '@temporalio/client';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RUNTIME_FILE = path.join(repoRoot, '.data', 'runtime.json');

const ZRuntimeEnv = z.object({
  DATABASE_URL: z.url(),
  APP_DATABASE_URL: z.url(),
  APP_DB_ROLE: z.string().default('kizuna_app'),
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  DEMO_PASSWORD: z.string().min(8).default('kizuna-demo'),
});
export type RuntimeEnv = z.infer<typeof ZRuntimeEnv>;

// Operator tools take their settings from the environment, or else from what a running `npm start` wrote.
export const loadRuntimeEnv = (): RuntimeEnv => {
  let fromFile: Record<string, string> = {};
  try {
    fromFile = JSON.parse(readFileSync(RUNTIME_FILE, 'utf8')) as Record<string, string>;
  } catch {
    // No running local stack: the environment must say everything.
  }
  const parsed = ZRuntimeEnv.safeParse({ ...fromFile, ...process.env });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(
      `Set DATABASE_URL, APP_DATABASE_URL and TEMPORAL_ADDRESS, or start the stack with npm start:\n${lines}`,
    );
  }
  return parsed.data;
};

export const connectRuntime = async (env: RuntimeEnv) => {
  const ownerPool = createPool(env.DATABASE_URL, { max: 2, applicationName: 'kizuna-operator' });
  const appPool = createPool(env.APP_DATABASE_URL, { max: 4, applicationName: 'kizuna-operator' });
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE });
  return {
    deps: createDeps(appPool),
    schemas: createSchemaMigrator(ownerPool, env.APP_DB_ROLE),
    ownerPool,
    client,
    close: async () => {
      await Promise.all([ownerPool.end(), appPool.end(), connection.close()]);
    },
  };
};

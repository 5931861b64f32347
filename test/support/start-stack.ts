import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '@kizuna/db';
import { startEmbeddedPostgres } from '@kizuna/infra/postgres';
import { findFreePort } from '@kizuna/infra/ports';
import { startTemporalDevServer } from '@kizuna/infra/temporal';
import { resolveTemporalCli } from '@kizuna/infra/temporal-cli';
import { resolveWorkflowsPath } from '@kizuna/worker/worker';
import { bundleWorkflowCode } from '@temporalio/worker';
import type { StackEnv } from './stack-env.js';

const log = { info: (m: string) => console.log(`[stack] ${m}`), warn: (m: string) => console.warn(`[stack] ${m}`) };

// A throwaway PostgreSQL and Temporal dev server on free ports, plus one workflow bundle, for tests and benchmarks.
export const startStack = async (): Promise<{ env: StackEnv; stop: () => Promise<void> }> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kizuna-test-'));
  // Postgres runs as its own user (we are root here), which must be able to enter the directory.
  await chmod(dir, 0o755);
  const started = Date.now();
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port: await findFreePort(),
    log,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  const appRole = 'kizuna_app';
  const { appUrl } = await prepareDatabase({ ownerUrl: postgres.url, appRole, appPassword: 'test-app-password' });
  const cli = await resolveTemporalCli(log);
  const temporal = await startTemporalDevServer({
    cliPath: cli.path,
    port: await findFreePort(),
    namespace: 'test',
    headless: true,
    log,
  });
  const { code } = await bundleWorkflowCode({ workflowsPath: resolveWorkflowsPath() });
  const workflowBundlePath = path.join(dir, 'workflow-bundle.js');
  await writeFile(workflowBundlePath, code);
  log.info(`stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s (Temporal CLI via ${cli.road})`);
  return {
    env: {
      ownerUrl: postgres.url,
      appUrl,
      appRole,
      temporalAddress: temporal.address,
      temporalNamespace: 'test',
      workflowBundlePath,
    },
    stop: async () => {
      await temporal.stop();
      await postgres.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
};

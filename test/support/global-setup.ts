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
import type { TestProject } from 'vitest/node';
import './stack-env.js';

const log = { info: (m: string) => console.log(`[setup] ${m}`), warn: (m: string) => console.warn(`[setup] ${m}`) };

// A real PostgreSQL and a real Temporal dev server on free ports, so the suite also runs beside `npm start`.
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kizuna-test-'));
  // Postgres runs as its own user (we are root here), which must be able to enter the directory.
  await chmod(dir, 0o755);
  const started = Date.now();
  const [pgPort, temporalPort] = [await findFreePort(), await findFreePort()];
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port: pgPort,
    log,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  const appRole = 'kizuna_app';
  const { appUrl } = await prepareDatabase({ ownerUrl: postgres.url, appRole, appPassword: 'test-app-password' });
  const cli = await resolveTemporalCli(log);
  const temporal = await startTemporalDevServer({
    cliPath: cli.path,
    port: temporalPort,
    namespace: 'test',
    headless: true,
    log,
  });
  const { code } = await bundleWorkflowCode({ workflowsPath: resolveWorkflowsPath(), logger: undefined });
  const workflowBundlePath = path.join(dir, 'workflow-bundle.js');
  await writeFile(workflowBundlePath, code);
  log.info(`stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s (Temporal CLI via ${cli.road})`);

  project.provide('stack', {
    ownerUrl: postgres.url,
    appUrl,
    appRole,
    temporalAddress: temporal.address,
    temporalNamespace: 'test',
    workflowBundlePath,
  });

  return async () => {
    await temporal.stop();
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

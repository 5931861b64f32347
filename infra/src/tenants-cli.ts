import { reconcileLifecycles } from '@kizuna/domain';
import { provisionTenant, readMigrationProgress, startTenantMigration } from '@kizuna/workflows/client';
import { createLifecycleGateway } from '@kizuna/workflows/lifecycle-gateway';
import { connectRuntime, loadRuntimeEnv } from './runtime-env.js';

const USAGE = `Usage:
  npm run tenants -- create <slug> <name…>   provision a tenant (schema, migrations, roles) through Temporal
  npm run tenants -- migrate [--concurrency N] apply pending migrations to every tenant schema
  npm run tenants -- list                      tenants with their status and schema version`;

const drawBar = (done: number, total: number, failed: number) => {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${failed ? ` (${failed} failed)` : ''}`;
  process.stdout.write(process.stdout.isTTY ? `\r${line}` : `${line}\n`);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const migrate = async (runtime: Awaited<ReturnType<typeof connectRuntime>>, concurrency: number) => {
  const runLabel = new Date().toISOString().replace(/[:.]/g, '-');
  const handle = await startTenantMigration(runtime.client, { runLabel, concurrency });
  let finished = false;
  const result = handle.result().finally(() => {
    finished = true;
  });
  let last = '';
  while (!finished) {
    const progress = await readMigrationProgress(runtime.client, runLabel).catch(() => null);
    const key = progress ? `${progress.done}/${progress.total}/${progress.failed.length}` : '';
    if (progress && key !== last) drawBar(progress.done, progress.total, progress.failed.length);
    last = key;
    await Promise.race([result.catch(() => undefined), sleep(500)]);
  }
  const outcome = await result;
  drawBar(outcome.done, outcome.total, outcome.failed.length);
  if (process.stdout.isTTY) process.stdout.write('\n');
  for (const failure of outcome.failed) console.log(`  failed: ${failure.tenantId}: ${failure.error}`);
  console.log(`migrated ${outcome.migrated.length} of ${outcome.total} tenants (workflow ${handle.workflowId})`);
  // Every system of a healthy tenant gets its lifecycle workflow, including systems older than the workflow.
  const gateway = createLifecycleGateway(runtime.client);
  let systems = 0;
  for (const tenantId of outcome.migrated) {
    const tenant = await runtime.deps.control.tenants.findById(tenantId);
    if (tenant?.status === 'active') systems += (await reconcileLifecycles(runtime.deps, gateway, tenant)).checked;
  }
  console.log(`lifecycle workflows in place for ${systems} AI systems`);
  return outcome.failed.length ? 1 : 0;
};

const list = async (runtime: Awaited<ReturnType<typeof connectRuntime>>) => {
  const { rows } = await runtime.ownerPool.query<{
    slug: string;
    name: string;
    status: string;
    version: string | null;
    schema_status: string | null;
  }>(
    `select t.slug, t.name, t.status, s.version, s.status as schema_status
       from control.tenants t left join control.tenant_schema_state s on s.tenant_id = t.id order by t.slug`,
  );
  for (const r of rows)
    console.log(`${r.slug.padEnd(24)} ${r.status.padEnd(13)} ${(r.version ?? '-').padEnd(24)} ${r.name}`);
  console.log(`${rows.length} tenant(s)`);
  return 0;
};

const main = async (args: string[]): Promise<number> => {
  const [command, ...rest] = args;
  if (!command || !['create', 'migrate', 'list'].includes(command)) {
    console.log(USAGE);
    return command ? 2 : 0;
  }
  const runtime = await connectRuntime(loadRuntimeEnv());
  try {
    if (command === 'create') {
      const [slug, ...nameParts] = rest;
      if (!slug || nameParts.length === 0) {
        console.log(USAGE);
        return 2;
      }
      const result = await provisionTenant(runtime.client, runtime.deps, { slug, name: nameParts.join(' ') });
      console.log(
        `tenant ${slug} is ${result.status} (schema ${result.tenant.schemaName}; applied ${result.migrationsApplied.join(', ') || 'nothing new'})`,
      );
      return 0;
    }
    if (command === 'migrate') {
      const flag = rest.indexOf('--concurrency');
      const concurrency = flag >= 0 ? Number(rest[flag + 1]) : 4;
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('--concurrency takes a whole number ≥ 1');
      return await migrate(runtime, concurrency);
    }
    return await list(runtime);
  } finally {
    await runtime.close();
  }
};

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });

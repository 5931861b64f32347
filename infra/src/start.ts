// `npm start`: PostgreSQL and Temporal (embedded unless configured), the worker and the API, a demo tenant.
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { prepareDatabase } from '@kizuna/db';
import { pino } from 'pino';
import { z } from 'zod';
import { DEFAULT_DEMO_PASSWORD, DEMO_TENANT_SLUG, DEMO_TENANTS, DEMO_USERS } from './demo-users.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { findFreePort } from './free-port.js';
import { spawnNodeService, type NodeService } from './node-service.js';
import { findUnsafeProductionSettings, readExampleEnvValues } from './production-guard.js';
import { RUNTIME_FILE } from './runtime-env.js';
import { resolveTemporalCli } from './temporal-cli.js';
import { startTemporalDevServer } from './temporal-dev-server.js';

const EnvSchema = z.object({
  DATABASE_URL: z.url().optional(),
  TEMPORAL_ADDRESS: z.string().min(1).optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DEMO_PASSWORD: z.string().min(8).default(DEFAULT_DEMO_PASSWORD),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).default('info'),
});

const API_READY_TIMEOUT_MS = 120_000;
const PREFERRED = { postgres: 54329, temporal: 7233, temporalUi: 8233 };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(repoRoot, '.data');

// An unset variable and an empty one mean the same to people editing .env files.
const givenEnv = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
const env = EnvSchema.parse(givenEnv);
const isProduction = env.NODE_ENV === 'production';
const logger = pino({ name: 'start', level: env.LOG_LEVEL });
// Server chatter (start-up banners, checkpoints) only at debug; their warnings and errors always.
const quiet = (component: string) =>
  logger.child(
    { component },
    { level: env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace' ? env.LOG_LEVEL : 'warn' },
  );

type Stoppable = { name: string; stop(): Promise<void> };
const running: Stoppable[] = [];
let stopping: Promise<void> | undefined;
let wroteRuntimeFile = false;

// Reverse start order: API, worker, Temporal, Postgres.
const stopAll = (reason: string, exitCode: number): Promise<void> =>
  (stopping ??= (async () => {
    if (exitCode === 0) logger.info({ reason }, 'stopping');
    else logger.error({ reason }, 'stopping');
    if (wroteRuntimeFile) await rm(RUNTIME_FILE, { force: true });
    for (const item of running.reverse()) {
      const started = Date.now();
      await item.stop().catch((error: unknown) => logger.error({ err: error }, `${item.name} did not stop cleanly`));
      logger.info(`${item.name} stopped (${Date.now() - started} ms)`);
    }
    process.exit(exitCode);
  })());

const watch = (name: string, exited: Promise<unknown>) => {
  void exited.then((code) => {
    if (!stopping) void stopAll(`${name} exited unexpectedly${typeof code === 'number' ? ` (code ${code})` : ''}`, 1);
  });
};

const readOrCreateSecret = async (file: string): Promise<string> => {
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing) return existing;
  const secret = randomBytes(18).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
};

const requireBuilt = async (relative: string): Promise<string> => {
  const file = path.join(repoRoot, relative);
  await access(file).catch(() => {
    throw new Error(`${relative} is missing: build first (npm start builds everything)`);
  });
  return file;
};

const waitForReady = async (url: string, api: NodeService): Promise<void> => {
  const deadline = Date.now() + API_READY_TIMEOUT_MS;
  while (Date.now() < deadline && api.isRunning()) {
    const status = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(500);
  }
  throw new Error(api.isRunning() ? `${url} not ready after ${API_READY_TIMEOUT_MS / 1000}s` : 'the API exited');
};

const startDatabase = async (): Promise<string> => {
  if (env.DATABASE_URL) {
    logger.info('using PostgreSQL from DATABASE_URL');
    return env.DATABASE_URL;
  }
  const started = Date.now();
  const port = await findFreePort(PREFERRED.postgres);
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'postgres'),
    // Outside the checkout, one per checkout path, for clones the "postgres" user cannot enter.
    fallbackDataDir: path.join(
      '/var/lib/kizuna',
      createHash('sha256').update(repoRoot).digest('hex').slice(0, 16),
      'postgres',
    ),
    port,
    log: quiet('postgres'),
    detached: true,
  });
  running.push({ name: 'PostgreSQL', stop: postgres.stop });
  watch('PostgreSQL', postgres.exited);
  logger.info(`embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres) after ${Date.now() - started} ms`);
  return postgres.url;
};

const startTemporal = async (): Promise<{ address: string; uiUrl?: string }> => {
  if (env.TEMPORAL_ADDRESS) {
    logger.info(`using Temporal at ${env.TEMPORAL_ADDRESS} (namespace ${env.TEMPORAL_NAMESPACE})`);
    return { address: env.TEMPORAL_ADDRESS };
  }
  const started = Date.now();
  const cli = await resolveTemporalCli(logger.child({ component: 'temporal-cli' }));
  const port = await findFreePort(PREFERRED.temporal);
  const uiPort = await findFreePort(port === PREFERRED.temporal ? PREFERRED.temporalUi : undefined);
  const server = await startTemporalDevServer({
    cliPath: cli.path,
    port,
    uiPort,
    dbFile: path.join(dataDir, 'temporal.db'),
    namespace: env.TEMPORAL_NAMESPACE,
    log: quiet('temporal'),
    detached: true,
  });
  running.push({ name: 'Temporal dev server', stop: server.stop });
  watch('Temporal dev server', server.exited);
  logger.info(`Temporal dev server on ${server.address}, UI ${server.uiUrl} after ${Date.now() - started} ms`);
  return server;
};

const runOnce = async (name: string, script: string, args: string[], serviceEnv: NodeJS.ProcessEnv): Promise<void> => {
  const child = spawnNodeService({ name, script: await requireBuilt(script), args, cwd: repoRoot, env: serviceEnv });
  const entry = { name, stop: () => child.stop() };
  running.push(entry);
  const code = await child.exited;
  running.splice(running.indexOf(entry), 1);
  if (code !== 0) throw new Error(`${name} failed (exit ${code})`);
};

const printBanner = (appUrl: string, temporalUiUrl: string | undefined) => {
  const lines = ['', `  Kizuna Governance is running: ${appUrl}`];
  if (temporalUiUrl) lines.push(`  Temporal UI: ${temporalUiUrl}`);
  if (!isProduction) {
    const others = DEMO_TENANTS.map((tenant) => tenant.slug).filter((slug) => slug !== DEMO_TENANT_SLUG);
    lines.push('', `  Demo tenant "${DEMO_TENANT_SLUG}", password "${env.DEMO_PASSWORD}" for every login:`);
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(26)} ${user.role}`);
    for (const slug of others) lines.push(`  Tenant "${slug}" has the same people at @${slug}.example.`);
  }
  lines.push('', '  Ctrl-C stops everything.', '');
  console.log(lines.join('\n'));
};

const main = async () => {
  const started = Date.now();
  // Before anything starts: production never runs on a secret everybody knows.
  const unsafe = findUnsafeProductionSettings(
    givenEnv,
    readExampleEnvValues(path.join(repoRoot, 'infra', 'production', 'example.env')),
  );
  if (unsafe.length) throw new Error(`refusing to start in production:\n  ${unsafe.join('\n  ')}`);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll(signal, 0));
  await mkdir(dataDir, { recursive: true });
  if ((await findFreePort(env.PORT)) !== env.PORT) throw new Error(`port ${env.PORT} is in use; set PORT to another`);

  const ownerUrl = await startDatabase();
  const temporal = await startTemporal();
  if (stopping) return;
  const appPassword = await readOrCreateSecret(path.join(dataDir, 'app-db-password'));
  const { appUrl } = await prepareDatabase({ ownerUrl, appPassword });
  logger.info('database prepared (control migrations, application role)');
  // Operator tools (`npm run tenants`) read where this stack runs from here while it is up.
  await writeFile(
    RUNTIME_FILE,
    JSON.stringify({
      DATABASE_URL: ownerUrl,
      APP_DATABASE_URL: appUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: env.TEMPORAL_NAMESPACE,
      ...(isProduction ? {} : { DEMO_PASSWORD: env.DEMO_PASSWORD }),
    }),
    { mode: 0o600 },
  );
  wroteRuntimeFile = true;

  const serviceEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: env.NODE_ENV,
    DATABASE_URL: ownerUrl,
    APP_DATABASE_URL: appUrl,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: env.TEMPORAL_NAMESPACE,
    PORT: String(env.PORT),
    WEB_DIST_DIR: path.join(repoRoot, 'web', 'dist'),
    API_URL: `http://127.0.0.1:${env.PORT}`,
    ...(isProduction ? {} : { DEMO_PASSWORD: env.DEMO_PASSWORD }),
  };
  for (const [name, script] of [
    ['worker', 'services/worker/dist/main.js'],
    ['API', 'services/api/dist/main.js'],
  ] as const) {
    if (stopping) return;
    const service = spawnNodeService({ name, script: await requireBuilt(script), cwd: repoRoot, env: serviceEnv });
    // The worker drains its in-flight activity tasks on SIGTERM; give it longer than the API.
    running.push({ name, stop: () => service.stop(name === 'worker' ? 30_000 : 15_000) });
    watch(name, service.exited);
    if (name === 'API') await waitForReady(`http://127.0.0.1:${env.PORT}/readyz`, service);
  }
  logger.info(`worker and API ready after ${Date.now() - started} ms`);

  if (stopping) return;
  // Existing tenants catch up with new migrations, and every AI system gets its lifecycle workflow.
  await runOnce('tenant migration', 'infra/dist/tenants-cli.js', ['migrate'], serviceEnv);
  if (stopping) return;
  // Demo people, with their published password, exist only outside production (the seed refuses it too).
  if (!isProduction) {
    await runOnce('seed', 'infra/dist/seed-demo.js', [], serviceEnv);
    logger.info('demo tenant seeded');
  }
  const tenantPath = isProduction ? '' : `t/${DEMO_TENANT_SLUG}`;
  printBanner(`http://localhost:${env.PORT}/${tenantPath}`, temporal.uiUrl);
};

main().catch((error: unknown) => {
  // A stop request makes pending start-up steps fail; that is not news.
  if (stopping) return;
  logger.error({ err: error }, 'start failed');
  void stopAll('start failed', 1);
});

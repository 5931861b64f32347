import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPool } from '@kizuna/db';
import { ensureIncidentSweep } from '@kizuna/workflows/incident-response-gateway';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { pino } from 'pino';
import { loadWorkerConfig } from './config.js';
import { createWorker } from './create-worker.js';

const config = loadWorkerConfig();
const logger = pino({ level: config.LOG_LEVEL, base: { service: 'worker' } });
Runtime.install({ telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } } });

const onPoolError = (err: Error) => logger.warn({ err }, 'idle database client failed');
const ownerPool = createPool(config.DATABASE_URL, {
  max: 2,
  applicationName: 'kizuna-worker-ddl',
  onError: onPoolError,
});
const appPool = createPool(config.APP_DATABASE_URL, { max: 5, applicationName: 'kizuna-worker', onError: onPoolError });

const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
const worker = await createWorker({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  ownerPool,
  appPool,
  appRole: config.APP_DB_ROLE,
  workflowBundlePath: path.join(path.dirname(fileURLToPath(import.meta.url)), 'workflow-bundle.js'),
  overrides: { maxCachedWorkflows: config.MAX_CACHED_WORKFLOWS },
  webhooks: { secretKey: config.WEBHOOK_SECRET_KEY, allowPrivate: config.WEBHOOKS_ALLOW_PRIVATE === 'true' },
});
logger.info({ namespace: config.TEMPORAL_NAMESPACE }, 'worker started');
const running = worker.run();
// The incident sweep backstop: escalates on recovery a clock that came due while no worker ran.
const client = new Client({
  connection: await Connection.connect({ address: config.TEMPORAL_ADDRESS }),
  namespace: config.TEMPORAL_NAMESPACE,
});
await ensureIncidentSweep(client).catch((err: unknown) => logger.warn({ err }, 'incident sweep not started'));
await running;
await Promise.all([ownerPool.end(), appPool.end(), connection.close()]);
logger.info('worker stopped');

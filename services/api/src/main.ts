import { createDeps, createPool } from '@kizuna/db';
import { createLifecycleGateway } from '@kizuna/workflows/lifecycle-gateway';
import { createRegulatorRequestReminders } from '@kizuna/workflows/regulator-request-gateway';
import { createWebhookGateway } from '@kizuna/workflows/webhook-gateway';
import { createIncidentResponseGateway } from '@kizuna/workflows/incident-response-gateway';
import { Client, Connection } from '@temporalio/client';
import { createApp } from './app.js';
import { loadApiConfig } from './config.js';
import { createApiLogger } from './http/create-logger.js';
import { postgresProbe, type ReadinessProbe } from './routes/health-routes.js';

const config = loadApiConfig();
const logger = createApiLogger({ level: config.LOG_LEVEL });
const appPool = createPool(config.APP_DATABASE_URL, {
  max: config.DB_POOL_MAX,
  applicationName: 'kizuna-api',
  onError: (err) => logger.warn({ err }, 'idle database client failed'),
});

// Lazily (re)connected so the API starts, and says "not ready", while Temporal is still coming up.
let temporal: Promise<Connection> | undefined;
const temporalProbe: ReadinessProbe = {
  name: 'temporal',
  check: async () => {
    temporal ??= Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: 2000 });
    try {
      const connection = await temporal;
      await connection.workflowService.describeNamespace({ namespace: config.TEMPORAL_NAMESPACE });
    } catch (err) {
      temporal = undefined;
      throw err;
    }
  },
};

// Connects on first use, so the API can start before Temporal does.
const temporalClient = new Client({
  connection: Connection.lazy({ address: config.TEMPORAL_ADDRESS }),
  namespace: config.TEMPORAL_NAMESPACE,
});

const app = createApp({
  lifecycle: createLifecycleGateway(temporalClient, {
    timing: config.LIFECYCLE_DAY_MS ? { dayMs: config.LIFECYCLE_DAY_MS } : {},
  }),
  // The lifecycle's short days (for demos) shorten the reminders' days too.
  regulatorRequestReminders: createRegulatorRequestReminders(temporalClient, {
    timing: config.LIFECYCLE_DAY_MS ? { dayMs: config.LIFECYCLE_DAY_MS } : {},
  }),
  webhooks: createWebhookGateway(temporalClient),
  // Reminder offsets scale with the same configured day as the lifecycle's timers (second-long days in tests).
  incidentResponse: createIncidentResponseGateway(temporalClient, {
    ...(config.LIFECYCLE_DAY_MS && { dayMs: config.LIFECYCLE_DAY_MS }),
  }),
  config,
  deps: createDeps(appPool),
  appPool,
  probes: [postgresProbe(appPool), temporalProbe],
  logger,
});

const server = app.listen(config.PORT, config.HOST, () => {
  logger.info({ port: config.PORT }, 'API listening');
});

const shutdown = (signal: string) => {
  logger.info({ signal }, 'shutting down');
  server.close(() => {
    void appPool.end().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

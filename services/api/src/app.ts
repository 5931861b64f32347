import { randomUUID } from 'node:crypto';
import { OPERATIONS } from '@kizuna/contracts';
import { createIdempotencyStore } from '@kizuna/db';
import {
  createWebhookSecretBox,
  type Deps,
  type IncidentResponseGateway,
  type LifecycleGateway,
  type RegulatorRequestReminders,
  type WebhookGateway,
} from '@kizuna/domain';
import type { Db } from '@kizuna/db';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type pg from 'pg';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { serializeError, serializeRequest, serializeResponse } from './http/create-logger.js';
import type { ApiConfig } from './config.js';
import { authenticateBeforeBody } from './http/authenticate-before-body.js';
import { createCsrfGuard } from './http/csrf.js';
import type { RouteDeps } from './http/define-route.js';
import { registerFallbackRoutes } from './http/fallback-routes.js';
import { createMetrics, requireMetricsToken } from './http/metrics.js';
import { createErrorHandler } from './http/problem.js';
import {
  configurePassport,
  createSessionMiddleware,
  enforceSessionLifetime,
  isSecureCookieRequired,
} from './http/session-auth.js';
import { registerApiKeysRoutes } from './routes/api-keys-routes.js';
import { registerAssessmentsRoutes } from './routes/assessments-routes.js';
import { registerAuditRoutes } from './routes/audit-routes.js';
import { registerCatalogRoutes } from './routes/catalog-routes.js';
import { registerDossierRoutes } from './routes/dossier-routes.js';
import { createFeedbackPublicRouter } from './routes/feedback-public-routes.js';
import { registerFeedbackRoutes } from './routes/feedback-routes.js';
import { registerHealthRoutes, type ReadinessProbe } from './routes/health-routes.js';
import { registerIdentityRoutes } from './routes/identity-routes.js';
import { registerIncidentsRoutes } from './routes/incidents-routes.js';
import { registerInventoryRoutes } from './routes/inventory-routes.js';
import { registerLifecycleRoutes } from './routes/lifecycle-routes.js';
import { registerNotificationsRoutes } from './routes/notifications-routes.js';
import { registerOpenApiRoutes } from './routes/openapi-routes.js';
import { registerPolicyRoutes } from './routes/policy-routes.js';
import { registerRegulatorRequestsRoutes } from './routes/regulator-requests-routes.js';
import { registerSignOffsRoutes } from './routes/sign-offs-routes.js';
import { registerWebhooksRoutes } from './routes/webhooks-routes.js';

export type AppOptions = {
  config: ApiConfig;
  deps: Deps & { db: Db };
  appPool: pg.Pool;
  probes: ReadinessProbe[];
  logger: Logger;
  lifecycle: LifecycleGateway;
  // Starts and signals the reminder workflow of each request from an authority.
  regulatorRequestReminders: RegulatorRequestReminders;
  webhooks: WebhookGateway;
  // The incidents' workflows; left out (some tests), incidents are written without one.
  incidentResponse?: IncidentResponseGateway;
  version?: string;
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export const createApp = ({
  config,
  deps,
  appPool,
  probes,
  logger,
  lifecycle,
  regulatorRequestReminders,
  webhooks,
  incidentResponse,
  version = '0.1.0',
}: AppOptions): Express => {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.set('query parser', 'simple');

  const metrics = createMetrics();
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customProps: (_req, res) => ({ tenantId: res.locals?.tenantId, actorId: res.locals?.actorId }),
      serializers: { req: serializeRequest, res: serializeResponse, err: serializeError },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
    }),
  );
  app.use(metrics.observe);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null },
      },
    }),
  );
  app.use('/metrics', requireMetricsToken(config.METRICS_TOKEN));
  registerHealthRoutes(app, probes, metrics);
  registerOpenApiRoutes(app, version);

  const routeDeps: RouteDeps = {
    deps,
    idempotency: createIdempotencyStore(deps.db),
    csrf: createCsrfGuard({ secret: config.SESSION_SECRET, secureCookie: isSecureCookieRequired(config) }),
    idempotencyLeaseSeconds: config.IDEMPOTENCY_LEASE_SECONDS,
  };
  // Public endpoints (no login) come before the session: see feedback-public-routes.ts.
  app.use(createFeedbackPublicRouter(routeDeps, config));
  const api = express.Router();
  // Who is calling comes first (session, then its absolute lifetime, then passport): it needs no body, and the
  // large evidence bodies are read only once the caller is known to belong to the tenant.
  api.use(createSessionMiddleware(config, appPool));
  api.use(enforceSessionLifetime(config));
  const auth = configurePassport(deps);
  api.use(auth.initialize());
  api.use(auth.session());
  // Evidence files travel base64-encoded in JSON (5 MiB decoded); every other body keeps the small limit.
  const evidencePath = '/api/v1/tenants/:tenant/ai-systems/:id/evidence';
  api.use(evidencePath, authenticateBeforeBody(routeDeps, OPERATIONS.addEvidence));
  api.use(evidencePath, express.json({ limit: '8mb', strict: true }));
  api.use(express.json({ limit: config.BODY_LIMIT, strict: true }));
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  // One register function per capability; routes never overlap, so the order below is for reading only.
  registerIdentityRoutes(api, routeDeps, auth, config);
  registerApiKeysRoutes(api, routeDeps);
  registerAuditRoutes(api, routeDeps);
  registerCatalogRoutes(api, routeDeps);
  registerPolicyRoutes(api, routeDeps);
  registerNotificationsRoutes(api, routeDeps);
  registerDossierRoutes(api, routeDeps, config.APP_BASE_URL);
  registerFeedbackRoutes(api, routeDeps, deps);
  registerRegulatorRequestsRoutes(api, routeDeps, { ...deps, regulatorRequestReminders });
  registerWebhooksRoutes(api, routeDeps, {
    ...deps,
    webhooks,
    webhookSecrets: createWebhookSecretBox(config.WEBHOOK_SECRET_KEY),
  });
  registerIncidentsRoutes(api, routeDeps, { ...deps, incidentResponse });
  // Capabilities that drive the lifecycle workflow also get its gateway.
  const governance = { ...deps, lifecycle };
  registerInventoryRoutes(api, routeDeps, governance);
  registerAssessmentsRoutes(api, routeDeps, governance);
  registerLifecycleRoutes(api, routeDeps, governance);
  registerSignOffsRoutes(api, routeDeps, governance);
  app.use(api);

  registerFallbackRoutes(app, config.WEB_DIST_DIR);
  app.use(createErrorHandler(logger));
  return app;
};

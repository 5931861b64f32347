import { randomBytes } from 'node:crypto';
import { createApp } from '@kizuna/api/app';
import { loadApiConfig } from '@kizuna/api/config';
import { createApiLogger } from '@kizuna/api/logger';
import type { Express } from 'express';
import type { TestContext } from './test-context.js';

// A second API on the same stack as `t`, with its own settings (production mode, short limits) and, for tests
// that count what the app does, its own deps. Configured through loadApiConfig, as main.ts is.
export const buildApp = (
  t: TestContext,
  env: Record<string, string> = {},
  deps: TestContext['deps'] = t.deps,
): Express =>
  createApp({
    config: loadApiConfig({
      NODE_ENV: 'test',
      APP_DATABASE_URL: t.stack.appUrl,
      TEMPORAL_ADDRESS: t.stack.temporalAddress,
      TEMPORAL_NAMESPACE: t.stack.temporalNamespace,
      LOG_LEVEL: 'silent',
      ...env,
    }),
    deps,
    appPool: t.appPool,
    probes: [],
    logger: createApiLogger({ level: 'silent' }),
    lifecycle: t.lifecycle,
    regulatorRequestReminders: t.regulatorRequestReminders,
    webhooks: t.webhooks,
  });

// What production needs and `npm start` would never hand out: a random secret.
export const productionEnv = (extra: Record<string, string> = {}) => ({
  NODE_ENV: 'production',
  SESSION_SECRET: randomBytes(32).toString('base64url'),
  WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64url'),
  ...extra,
});

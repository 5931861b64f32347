import { randomBytes } from 'node:crypto';
import { createApp } from '@kizuna/api/app';
import { withContractCheck } from './openapi-contract.js';
import { loadApiConfig } from '@kizuna/api/config';
import { createDeps, createPool, createSchemaMigrator } from '@kizuna/db';
import { createAiSystem, ensureUser, grantMembership, resolveUserContext, type TenantRecord } from '@kizuna/domain';
import { createWorker } from '@kizuna/worker/worker';
import { provisionTenant } from '@kizuna/workflows/client';
import { createIncidentResponseGateway } from '@kizuna/workflows/incident-response-gateway';
import { createLifecycleGateway } from '@kizuna/workflows/lifecycle-gateway';
import { createWebhookGateway, type WebhookTimingOptions } from '@kizuna/workflows/webhook-gateway';
import type { LifecycleTiming } from '@kizuna/workflows/lifecycle-definitions';
import { createRegulatorRequestReminders } from '@kizuna/workflows/regulator-request-gateway';
import type { ReminderTiming } from '@kizuna/workflows/regulator-request-definitions';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import type { Express } from 'express';
import { createApiLogger } from '@kizuna/api/logger';
import type { Logger } from 'pino';
import supertest from 'supertest';
import { inject } from 'vitest';
import type { StackEnv } from './stack-env.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const ROLE_NAMES = ['tenant_admin', 'governance_officer', 'system_owner', 'executive', 'auditor'] as const;

export type TestTenant = TenantRecord & {
  users: Record<(typeof ROLE_NAMES)[number] | 'executive2', { id: string; email: string }>;
};

const suffix = () => randomBytes(3).toString('hex');

// Everything one test file needs, on the suite's shared Postgres and Temporal server.
export const createTestContext = async (
  options: {
    withWorker?: boolean;
    apiEnv?: Record<string, string>;
    stack?: StackEnv;
    timing?: Partial<LifecycleTiming>;
    /** The regulator-request reminders' days and offsets (default: the lifecycle's dayMs, offsets 7, 3, 1). */
    reminderTiming?: Partial<ReminderTiming>;
    /** Webhook poll and retry timings (default: the product's). */
    webhookTiming?: WebhookTimingOptions;
    /** The length of a day for incident reminder offsets (default a real day). */
    incidentDayMs?: number;
    /** false: the app starts no incidentResponse workflows (tests that count every audit event of a tenant). */
    incidentResponse?: boolean;
    /** The API's logger (default: the production logger, silenced). */
    logger?: Logger;
    /** Check every response against the OpenAPI document (default on; the bench measures the bare app). */
    checkContract?: boolean;
  } = {},
) => {
  const stack = options.stack ?? inject('stack');
  const ownerPool = createPool(stack.ownerUrl, { max: 2 });
  const appPool = createPool(stack.appUrl, { max: 5 });
  const deps = createDeps(appPool);
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const client = new Client({ connection, namespace: stack.temporalNamespace });
  const nativeConnection = await NativeConnection.connect({ address: stack.temporalAddress });
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  if (options.withWorker !== false) {
    worker = await createWorker({
      connection: nativeConnection,
      namespace: stack.temporalNamespace,
      ownerPool,
      appPool,
      appRole: stack.appRole,
      workflowBundlePath: stack.workflowBundlePath,
      overrides: { stickyQueueScheduleToStartTimeout: '1s', shutdownGraceTime: '1s' },
    });
    running = worker.run();
  }
  const logger = options.logger ?? createApiLogger({ level: 'silent' });
  const config = loadApiConfig({
    NODE_ENV: 'test',
    APP_DATABASE_URL: stack.appUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_NAMESPACE: stack.temporalNamespace,
    LOG_LEVEL: 'silent',
    ...options.apiEnv,
  });
  const lifecycle = createLifecycleGateway(client, { timing: options.timing ?? {} });
  const regulatorRequestReminders = createRegulatorRequestReminders(client, {
    timing: options.reminderTiming ?? (options.timing?.dayMs ? { dayMs: options.timing.dayMs } : {}),
  });
  const webhooks = createWebhookGateway(client, options.webhookTiming);
  const incidentResponse = createIncidentResponseGateway(client, { dayMs: options.incidentDayMs });
  const api: Express = createApp({
    config,
    deps,
    appPool,
    probes: [],
    logger,
    lifecycle,
    regulatorRequestReminders,
    webhooks,
    ...(options.incidentResponse !== false && { incidentResponse }),
  });
  const app = options.checkContract === false ? api : withContractCheck(api);

  const provision = async (label: string): Promise<TestTenant> => {
    const slug = `${label}-${suffix()}`;
    const { tenant } = await provisionTenant(client, deps, { slug, name: `Tenant ${slug}` });
    const users = {} as TestTenant['users'];
    for (const role of [...ROLE_NAMES, 'executive2' as const]) {
      const email = `${role}.${slug}@example.test`;
      const user = await ensureUser(deps, { email, displayName: `${role} of ${slug}`, password: TEST_PASSWORD });
      await grantMembership(deps, {
        tenantId: tenant.id,
        userId: user.id,
        roles: [role === 'executive2' ? 'executive' : role],
      });
      users[role] = { id: user.id, email };
    }
    return { ...tenant, users };
  };

  const createSystemAs = async (
    tenant: TestTenant,
    role: keyof TestTenant['users'],
    name: string,
    extra: object = {},
  ) => {
    const ctx = await resolveUserContext(deps, {
      userId: tenant.users[role].id,
      tenantSlug: tenant.slug,
      requestId: null,
    });
    return createAiSystem(deps, ctx, {
      name,
      purpose: `Purpose of ${name}`,
      roles: [],
      deploymentRegions: [],
      profile: {
        usesPersonalData: false,
        usesSensitiveData: false,
        generativeAi: false,
        publicFacing: false,
        automatedDecisions: false,
        euExposure: false,
        advancedModel: false,
        sector: 'general',
        prohibitedPractice: 'none',
      },
      ...extra,
    });
  };

  const close = async () => {
    worker?.shutdown();
    await running;
    await Promise.all([ownerPool.end(), appPool.end(), connection.close(), nativeConnection.close()]);
  };

  return {
    stack,
    ownerPool,
    appPool,
    deps,
    client,
    app,
    lifecycle,
    regulatorRequestReminders,
    webhooks,
    incidentResponse,
    provision,
    createSystemAs,
    close,
    schemas: createSchemaMigrator(ownerPool, stack.appRole),
  };
};

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

// A supertest agent logged in through the real login flow (CSRF token, session cookie).
export const logIn = async (app: Express, email: string, password = TEST_PASSWORD) => {
  const agent = supertest.agent(app);
  const first = await agent.get('/api/v1/auth/csrf').expect(200);
  await agent.post('/api/v1/auth/login').set('X-CSRF-Token', first.body.token).send({ email, password }).expect(200);
  const csrf = (await agent.get('/api/v1/auth/csrf').expect(200)).body.token as string;
  return { agent, csrf };
};

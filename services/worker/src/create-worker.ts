import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createDeps, createSchemaMigrator } from '@kizuna/db';
import { createWebhookSecretBox } from '@kizuna/domain';
import { createActivities } from '@kizuna/workflows/activities';
import { TASK_QUEUE } from '@kizuna/workflows/definitions';
import { createWebhookSender } from '@kizuna/workflows/webhook-http-sender';
import type { NativeConnection } from '@temporalio/worker';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import type pg from 'pg';

export type CreateWorkerOptions = {
  connection: NativeConnection;
  namespace: string;
  ownerPool: pg.Pool;
  appPool: pg.Pool;
  appRole: string;
  // A prebuilt bundle (production) or none, in which case workflows are bundled from source at start.
  workflowBundlePath?: string;
  taskQueue?: string;
  overrides?: Partial<WorkerOptions>;
  // Left out: the development key, and the address guard of NODE_ENV.
  webhooks?: { secretKey: string; allowPrivate: boolean };
};

export const resolveWorkflowsPath = (): string => createRequire(import.meta.url).resolve('@kizuna/workflows/workflows');

export const createWorker = async (options: CreateWorkerOptions): Promise<Worker> => {
  const base = createDeps(options.appPool);
  const webhooks = options.webhooks && {
    webhookSecrets: createWebhookSecretBox(options.webhooks.secretKey),
    sendWebhook: createWebhookSender({
      production: base.production !== false,
      allowPrivate: options.webhooks.allowPrivate,
    }),
  };
  const deps = { ...base, ...webhooks, schemas: createSchemaMigrator(options.ownerPool, options.appRole) };
  const bundle =
    options.workflowBundlePath && existsSync(options.workflowBundlePath)
      ? { workflowBundle: { codePath: options.workflowBundlePath } }
      : { workflowsPath: resolveWorkflowsPath() };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue ?? TASK_QUEUE,
    activities: createActivities(deps),
    ...bundle,
    ...options.overrides,
  });
};

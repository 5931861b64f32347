import { setTimeout as sleep } from 'node:timers/promises';
import { createDeps, createPool, createSchemaMigrator } from '@kizuna/db';
import { createWorker } from '@kizuna/worker/worker';
import { createActivities } from '@kizuna/workflows/activities';
import { NativeConnection } from '@temporalio/worker';
import type { StackEnv } from './stack-env.js';

// A Temporal worker in its own process, so a test can SIGKILL it mid-activity:
//   KIZUNA_STACK='<StackEnv as JSON>' [KIZUNA_SLOW_ACTIVITY=applyDecision] node --import tsx test/support/worker-process.ts
// With KIZUNA_SLOW_ACTIVITY the named activity sleeps SLOW_MS after its work is done and before it completes.
// Prints "worker-ready" once the worker is created and about to poll.

const SLOW_MS = 3_000;

const stack = JSON.parse(process.env.KIZUNA_STACK ?? 'null') as StackEnv | null;
if (!stack) throw new Error('KIZUNA_STACK is not set');
const slow = process.env.KIZUNA_SLOW_ACTIVITY;

const ownerPool = createPool(stack.ownerUrl, { max: 2 });
const appPool = createPool(stack.appUrl, { max: 5 });
const deps = { ...createDeps(appPool), schemas: createSchemaMigrator(ownerPool, stack.appRole) };
const activities: Record<string, (...args: never[]) => Promise<unknown>> = createActivities(deps);
if (slow) {
  const inner = activities[slow];
  if (!inner) throw new Error(`no activity named ${slow}`);
  activities[slow] = async (...args) => {
    const result = await inner(...args);
    console.log(`slow-activity-done ${slow}`);
    await sleep(SLOW_MS);
    return result;
  };
}

const connection = await NativeConnection.connect({ address: stack.temporalAddress });
const worker = await createWorker({
  connection,
  namespace: stack.temporalNamespace,
  ownerPool,
  appPool,
  appRole: stack.appRole,
  workflowBundlePath: stack.workflowBundlePath,
  overrides: { activities, stickyQueueScheduleToStartTimeout: '1s', shutdownGraceTime: '1s' },
});
console.log('worker-ready');
await worker.run();
await Promise.all([ownerPool.end(), appPool.end(), connection.close()]);

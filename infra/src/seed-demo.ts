import { createLifecycleGateway } from '@kizuna/workflows/lifecycle-gateway';
import { connectRuntime, loadRuntimeEnv } from './runtime-env.js';
import { seedDemoData } from './seed-demo-data.js';

// Run by `npm start` once the worker and API are up (never in production).
const env = loadRuntimeEnv();
const runtime = await connectRuntime(env);
try {
  await seedDemoData(runtime.deps, runtime.client, env.DEMO_PASSWORD, (message) => console.log(`[seed] ${message}`), {
    // Same workflow timing as the API's default (real days); a generous deadline for a worker still warming up.
    lifecycle: createLifecycleGateway(runtime.client, { updateTimeoutMs: 60_000 }),
  });
} finally {
  await runtime.close();
}

import { connectRuntime, loadRuntimeEnv } from './runtime-env.js';
import { seedDemoData } from './seed-demo-data.js';

// Run by `npm start` once the worker and API are up (never in production).
const env = loadRuntimeEnv();
const runtime = await connectRuntime(env);
try {
  await seedDemoData(runtime.deps, runtime.client, env.DEMO_PASSWORD, (message) => console.log(`[seed] ${message}`));
} finally {
  await runtime.close();
}

import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEFAULT_DEMO_PASSWORD } from '@kizuna/infra/demo-users';
import { seedDemoData } from '@kizuna/infra/seed';
import { createTestContext } from './test-context.js';

// The API serving the built web app, with the demo tenants seeded as `npm start` seeds them, for browser tests.
export const startTestStack = async () => {
  const webDist = path.resolve(import.meta.dirname, '../../web/dist');
  const t = await createTestContext({ apiEnv: { WEB_DIST_DIR: webDist } });
  await seedDemoData(t.deps, t.client, DEFAULT_DEMO_PASSWORD, () => undefined);
  const server = await new Promise<ReturnType<typeof t.app.listen>>((resolve) => {
    const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    demoPassword: DEFAULT_DEMO_PASSWORD,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
};

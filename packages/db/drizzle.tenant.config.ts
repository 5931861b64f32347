import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/schema/tenant.ts',
    './src/schema/tenant-incidents.ts',
    './src/schema/tenant-feedback.ts',
    './src/schema/tenant-regulator-requests.ts',
    './src/schema/tenant-webhooks.ts',
  ],
  out: './drizzle/tenant',
});

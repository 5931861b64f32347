import type { TenantPolicyOverrides, TenantRecord } from '@kizuna/domain';
import { createLifecycleGateway } from '@kizuna/workflows/lifecycle-gateway';
import type pg from 'pg';
import { connectRuntime, loadRuntimeEnv } from './runtime-env.js';
import { seedDemoData } from './seed-demo-data.js';

const SCHEMA_NAME = /^t_[0-9a-f]{32}$/;

// Sets `tierOverrides` in the tenant's policy row (read by resolveTierPolicy when an assessment is sealed).
const writeTierOverrides = async (ownerPool: pg.Pool, tenant: TenantRecord, tierOverrides: TenantPolicyOverrides) => {
  if (!SCHEMA_NAME.test(tenant.schemaName)) throw new Error(`unexpected schema name ${tenant.schemaName}`);
  const res = await ownerPool.query(
    `update "${tenant.schemaName}".tenant_policy
        set policy = jsonb_set(policy, '{tierOverrides}', $1::jsonb), updated_at = now()
      where id = 1`,
    [JSON.stringify(tierOverrides)],
  );
  if (res.rowCount !== 1) throw new Error(`tenant ${tenant.slug} has no policy row`);
};

// Run by `npm start` once the worker and API are up (never in production).
const env = loadRuntimeEnv();
const runtime = await connectRuntime(env);
try {
  await seedDemoData(runtime.deps, runtime.client, env.DEMO_PASSWORD, (message) => console.log(`[seed] ${message}`), {
    // Same workflow timing as the API's default (real days); a generous deadline for a worker still warming up.
    lifecycle: createLifecycleGateway(runtime.client, { updateTimeoutMs: 60_000 }),
    writeTierOverrides: (tenant, overrides) => writeTierOverrides(runtime.ownerPool, tenant, overrides),
  });
} finally {
  await runtime.close();
}

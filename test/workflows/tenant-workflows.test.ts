import { TENANT_MIGRATIONS } from '@kizuna/db';
import { registerTenant } from '@kizuna/domain';
import { provisionTenant, readMigrationProgress, startTenantMigration } from '@kizuna/workflows/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t?.close());

const slug = (label: string) => `${label}-${Math.random().toString(16).slice(2, 8)}`;
const seededEvents = async (schema: string) =>
  Number(
    (await t.ownerPool.query(`select count(*) from "${schema}".audit_events where action = 'tenant.seeded'`)).rows[0]
      .count,
  );

describe('tenantProvisioning workflow', () => {
  it('when a tenant is provisioned, then its schema is migrated, roles seeded and it is active', async () => {
    const result = await provisionTenant(t.client, t.deps, { slug: slug('prov'), name: 'Provisioned KK' });
    expect(result.status).toBe('active');
    expect(result.tenant.schemaName).toMatch(/^t_[0-9a-f]{32}$/);
    const roles = await t.ownerPool.query(
      `select role from "${result.tenant.schemaName}".role_definitions order by role`,
    );
    expect(roles.rows.map((r) => r.role)).toEqual([
      'auditor',
      'executive',
      'governance_officer',
      'system_owner',
      'tenant_admin',
    ]);
    const state = await t.ownerPool.query(
      'select status, version from control.tenant_schema_state where tenant_id = $1',
      [result.tenant.id],
    );
    expect(state.rows[0]).toEqual({ status: 'ok', version: TENANT_MIGRATIONS.at(-1)!.id });
    expect((await t.deps.control.tenants.findById(result.tenant.id))?.status).toBe('active');
    const described = await t.client.workflow.getHandle(`tenant/${result.tenant.id}/provisioning`).describe();
    expect(described.typedSearchAttributes.getAll().map((p) => p.key.name)).toContain('TenantId');
  });

  it('when provisioning crashed part-way (schema created, not seeded), then a new run resumes without duplicating anything', async () => {
    const tenant = await registerTenant(t.deps, { slug: slug('resume'), name: 'Resumed KK' });
    await t.schemas.createSchema(tenant);
    await t.schemas.migrate(tenant);
    const result = await provisionTenant(t.client, t.deps, { slug: tenant.slug, name: tenant.name });
    expect(result.tenant.id).toBe(tenant.id);
    expect(result.migrationsApplied).toEqual([]);
    expect(await seededEvents(tenant.schemaName)).toBe(1);
    // Running the seeding step again (a retried activity) is a no-op too.
    await t.client.workflow.execute('tenantProvisioning', {
      taskQueue: 'kizuna',
      workflowId: `tenant/${tenant.id}/provisioning-again`,
      args: [{ tenantId: tenant.id }],
    });
    expect(await seededEvents(tenant.schemaName)).toBe(1);
  });

  it('when the slug is invalid, then nothing is registered', async () => {
    await expect(provisionTenant(t.client, t.deps, { slug: 'Bad Slug!', name: 'x' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(provisionTenant(t.client, t.deps, { slug: 'pg-admin', name: 'x' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('tenantMigration workflow', () => {
  it('when one tenant fails, then the others are migrated, the failure is recorded, and a re-run completes it', async () => {
    const tenants = await Promise.all(
      ['mig-a', 'mig-b', 'mig-c'].map(
        async (label) => (await provisionTenant(t.client, t.deps, { slug: slug(label), name: label })).tenant,
      ),
    );
    const [healthy, pending, broken] = tenants as [(typeof tenants)[0], (typeof tenants)[0], (typeof tenants)[0]];
    // pending: schema gone entirely, as if created before the tables existed.
    await t.ownerPool.query(`drop schema "${pending.schemaName}" cascade`);
    await t.ownerPool.query('delete from control.schema_migrations where schema_name = $1', [pending.schemaName]);
    // broken: the record of applied migrations lost, so the runner re-applies into existing tables and fails.
    await t.ownerPool.query('delete from control.schema_migrations where schema_name = $1', [broken.schemaName]);

    const runLabel = `test-${Date.now()}`;
    const handle = await startTenantMigration(t.client, {
      runLabel,
      tenantIds: tenants.map((x) => x.id),
      concurrency: 2,
    });
    const result = await handle.result();
    expect(result.total).toBe(3);
    expect(result.migrated.sort()).toEqual([healthy.id, pending.id].sort());
    expect(result.failed.map((f) => f.tenantId)).toEqual([broken.id]);
    expect((await readMigrationProgress(t.client, runLabel)).done).toBe(3);
    const tables = await t.ownerPool.query(
      `select count(*)::int as n from information_schema.tables where table_schema = $1`,
      [pending.schemaName],
    );
    expect(tables.rows[0].n).toBeGreaterThan(3);
    const brokenState = await t.ownerPool.query(
      'select status, last_error from control.tenant_schema_state where tenant_id = $1',
      [broken.id],
    );
    expect(brokenState.rows[0].status).toBe('failed');
    expect(brokenState.rows[0].last_error).toMatch(/already exists/);

    // The operator repairs the record; the same command then finishes the job.
    for (const m of TENANT_MIGRATIONS) {
      await t.ownerPool.query(
        'insert into control.schema_migrations (schema_name, migration_id, checksum) values ($1, $2, $3)',
        [broken.schemaName, m.id, m.checksum],
      );
    }
    const rerun = await (
      await startTenantMigration(t.client, { runLabel: `${runLabel}-2`, tenantIds: tenants.map((x) => x.id) })
    ).result();
    expect(rerun.failed).toEqual([]);
    expect(rerun.migrated).toHaveLength(3);
    const after = await t.ownerPool.query('select status from control.tenant_schema_state where tenant_id = $1', [
      broken.id,
    ]);
    expect(after.rows[0].status).toBe('ok');
  });
});

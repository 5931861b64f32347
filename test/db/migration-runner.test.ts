import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrateTenantSchema, TENANT_MIGRATIONS, type Migration } from '@kizuna/db';
import { newId, schemaNameFor } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ withWorker: false });
});
afterAll(() => t?.close());

const freshSchema = () => schemaNameFor(newId());
const target = (schemaName: string) => ({ schemaName, appRole: t.stack.appRole });
const recorded = async (schemaName: string) =>
  (
    await t.ownerPool.query<{ migration_id: string }>(
      'select migration_id from control.schema_migrations where schema_name = $1 order by migration_id',
      [schemaName],
    )
  ).rows.map((r) => r.migration_id);

const extra = (id: string, sql: string): Migration => ({ id, checksum: `sum-${id}-${sql.length}`, sql });

describe('tenant migration runner', () => {
  it('when run twice on a schema, then the second run applies nothing', async () => {
    const schema = freshSchema();
    const first = await migrateTenantSchema(t.ownerPool, target(schema));
    expect(first.applied).toEqual(TENANT_MIGRATIONS.map((m) => m.id));
    const second = await migrateTenantSchema(t.ownerPool, target(schema));
    expect(second.applied).toEqual([]);
    expect(await recorded(schema)).toEqual(TENANT_MIGRATIONS.map((m) => m.id));
  });

  it('when a migration is merged out of order, then it is still applied (drizzle’s own migrator would skip it)', async () => {
    const schema = freshSchema();
    const later = extra('9000_later', 'create table later_table (id int)');
    await migrateTenantSchema(t.ownerPool, target(schema), [...TENANT_MIGRATIONS, later]);
    const early = extra('5000_merged_late', 'create table merged_late (id int)');
    const result = await migrateTenantSchema(t.ownerPool, target(schema), [...TENANT_MIGRATIONS, early, later]);
    expect(result.applied).toEqual(['5000_merged_late']);
    const { rowCount } = await t.ownerPool.query(
      `select 1 from information_schema.tables where table_schema = $1 and table_name = 'merged_late'`,
      [schema],
    );
    expect(rowCount).toBe(1);
  });

  it('when an applied migration’s contents change, then the runner refuses and rolls back', async () => {
    const schema = freshSchema();
    await migrateTenantSchema(t.ownerPool, target(schema));
    const tampered = TENANT_MIGRATIONS.map((m, i) => (i === 0 ? { ...m, checksum: 'different' } : m));
    const next = extra('9100_after', 'create table after_tamper (id int)');
    await expect(migrateTenantSchema(t.ownerPool, target(schema), [...tampered, next])).rejects.toThrow(
      /different contents/,
    );
    expect(await recorded(schema)).not.toContain('9100_after');
  });

  it('when a migration names the public schema, then it is refused', async () => {
    const schema = freshSchema();
    const bad = extra('0001_bad', 'create table "public"."oops" (id int)');
    await expect(migrateTenantSchema(t.ownerPool, target(schema), [bad])).rejects.toThrow(/public schema/);
  });

  it('when two runners migrate the same schema at once, then the advisory lock lets exactly one apply', async () => {
    const schema = freshSchema();
    const results = await Promise.all([
      migrateTenantSchema(t.ownerPool, target(schema)),
      migrateTenantSchema(t.ownerPool, target(schema)),
    ]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, TENANT_MIGRATIONS.length]);
  });

  it('when the committed tenant SQL is read, then no statement names the "public" schema', () => {
    const dir = path.resolve(import.meta.dirname, '../../packages/db/drizzle/tenant');
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(path.join(dir, file), 'utf8')).not.toMatch(/"public"\./);
  });

  it('when the application role tries DDL in a tenant schema, then Postgres refuses', async () => {
    const schema = freshSchema();
    await migrateTenantSchema(t.ownerPool, target(schema));
    const client = await t.appPool.connect();
    try {
      await expect(client.query(`create table "${schema}".sneaky (id int)`)).rejects.toMatchObject({ code: '42501' });
    } finally {
      client.release();
    }
  });
});

import type { TenantDirectory, TenantRecord } from '@kizuna/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { tenants } from '../schema/control.js';

type Row = typeof tenants.$inferSelect;
const toTenant = (row: Row): TenantRecord => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  schemaName: row.schemaName,
  status: row.status as TenantRecord['status'],
  clusterId: row.clusterId,
});

export const createTenantDirectory = (db: Executor): TenantDirectory => ({
  async findBySlug(slug) {
    const [row] = await db.select().from(tenants).where(eq(tenants.slug, slug));
    return row ? toTenant(row) : null;
  },
  async findById(id) {
    const [row] = await db.select().from(tenants).where(eq(tenants.id, id));
    return row ? toTenant(row) : null;
  },
  async list() {
    return (await db.select().from(tenants).orderBy(asc(tenants.slug))).map(toTenant);
  },
  async insert(tenant) {
    await db.insert(tenants).values(tenant);
  },
  async setStatus(id, status) {
    await db
      .update(tenants)
      .set({ status, updatedAt: sql`now()` })
      .where(eq(tenants.id, id));
  },
});

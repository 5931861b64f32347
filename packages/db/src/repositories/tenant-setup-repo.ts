import type { BusinessUnitRepo, TenantSetupRepo } from '@kizuna/domain';
import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { businessUnits, roleDefinitions, tenantPolicy } from '../schema/tenant.js';

export const createTenantSetupRepo = (db: Executor): TenantSetupRepo => ({
  async seedRoleDefinitions(defs) {
    for (const def of defs) {
      await db
        .insert(roleDefinitions)
        .values(def)
        .onConflictDoUpdate({ target: roleDefinitions.role, set: { nameEn: def.nameEn, nameJa: def.nameJa } });
    }
  },
  async ensurePolicy(policy) {
    await db.insert(tenantPolicy).values({ id: 1, policy }).onConflictDoNothing();
  },
  async savePolicy(policy) {
    await db
      .insert(tenantPolicy)
      .values({ id: 1, policy })
      .onConflictDoUpdate({ target: tenantPolicy.id, set: { policy, updatedAt: sql`now()` } });
  },
  async getPolicy() {
    const [row] = await db.select({ policy: tenantPolicy.policy }).from(tenantPolicy);
    return (row?.policy ?? null) as Record<string, unknown> | null;
  },
});

export const createBusinessUnitRepo = (db: Executor): BusinessUnitRepo => ({
  list: () =>
    db.select({ id: businessUnits.id, name: businessUnits.name }).from(businessUnits).orderBy(asc(businessUnits.name)),
  async insert(unit) {
    await db.insert(businessUnits).values(unit).onConflictDoNothing();
  },
});

import { ZAiSystemProfile, type TAiSystem } from '@kizuna/contracts';
import type { AiSystemRepo, NewAiSystem } from '@kizuna/domain';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { aiSystems } from '../schema/tenant.js';
import { decodeCursor, pageOf } from './cursor.js';
import { filterToSql } from './filter-to-sql.js';
import { formatTimestamp } from './format-timestamp.js';

type Row = typeof aiSystems.$inferSelect;

const toAiSystem = (row: Row): TAiSystem => ({
  id: row.id,
  name: row.name,
  purpose: row.purpose,
  businessUnitId: row.businessUnitId,
  ownerId: row.ownerId,
  lifecycleState: row.lifecycleState as TAiSystem['lifecycleState'],
  roles: row.roles as TAiSystem['roles'],
  // Defaults fill fields added to the profile after the row was written.
  profile: ZAiSystemProfile.parse(row.profile),
  vendor: row.vendor,
  modelName: row.modelName,
  deploymentRegions: row.deploymentRegions,
  riskTier: row.riskTier as TAiSystem['riskTier'],
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

// Subject fields the permission rules may mention, and the columns they live in (the sign-off inbox reuses them).
export const FILTER_COLUMNS = {
  id: aiSystems.id,
  ownerId: aiSystems.ownerId,
  businessUnitId: aiSystems.businessUnitId,
  lifecycleState: aiSystems.lifecycleState,
  riskTier: aiSystems.riskTier,
};

export const createAiSystemRepo = (db: Executor): AiSystemRepo => ({
  async setRoleDetermination(id, determination, roles) {
    await db
      .update(aiSystems)
      .set({ roleDetermination: determination, roles, version: sql`${aiSystems.version} + 1`, updatedAt: sql`now()` })
      .where(eq(aiSystems.id, id));
  },
  async getGovernanceFields(id) {
    const [row] = await db
      .select({
        roleDetermination: aiSystems.roleDetermination,
        risk: aiSystems.risk,
        currentAssessmentId: aiSystems.currentAssessmentId,
        nextReviewAt: aiSystems.nextReviewAt,
      })
      .from(aiSystems)
      .where(eq(aiSystems.id, id));
    return row ? { ...row, nextReviewAt: formatTimestamp(row.nextReviewAt) } : null;
  },
  async listIds() {
    const rows = await db.select({ id: aiSystems.id, lifecycleState: aiSystems.lifecycleState }).from(aiSystems);
    // The column's check constraint holds it to the lifecycle states.
    return rows.map((r) => ({ id: r.id, lifecycleState: r.lifecycleState as TAiSystem['lifecycleState'] }));
  },
  async insert(system: NewAiSystem) {
    const [row] = await db.insert(aiSystems).values(system).returning();
    return toAiSystem(row!);
  },
  async findById(id) {
    const [row] = await db.select().from(aiSystems).where(eq(aiSystems.id, id));
    return row ? toAiSystem(row) : null;
  },
  async list(filter, { limit, cursor }) {
    const after = decodeCursor(cursor);
    const rows = await db
      .select()
      .from(aiSystems)
      .where(and(filterToSql(filter, FILTER_COLUMNS), after ? lt(aiSystems.id, after) : undefined))
      .orderBy(desc(aiSystems.id))
      .limit(limit + 1);
    return pageOf(rows.map(toAiSystem), limit, (s) => s.id);
  },
  async update(id, expectedVersion, change) {
    const [row] = await db
      .update(aiSystems)
      .set({ ...change, version: sql`${aiSystems.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(aiSystems.id, id), eq(aiSystems.version, expectedVersion)))
      .returning();
    return row ? toAiSystem(row) : null;
  },
});

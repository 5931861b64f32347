import type { RiskLogRepo } from '@kizuna/domain';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { riskLog } from '../schema/tenant.js';

export const createRiskLogRepo = (db: Executor): RiskLogRepo => ({
  async upsert(entry) {
    await db
      .insert(riskLog)
      .values(entry)
      .onConflictDoUpdate({
        target: [riskLog.assessmentId, riskLog.requirementId],
        set: { description: entry.description, ownerId: entry.ownerId, dueDate: entry.dueDate },
      });
  },
  async listForSystem(systemId) {
    const rows = await db.select().from(riskLog).where(eq(riskLog.systemId, systemId)).orderBy(asc(riskLog.createdAt));
    return rows.map((r) => ({ ...r, status: r.status as 'open' | 'closed', createdAt: r.createdAt.toISOString() }));
  },
});

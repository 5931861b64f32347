import type { LifecycleRepo } from '@kizuna/domain';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { aiSystems, lifecycleTransitions } from '../schema/tenant.js';

export const createLifecycleRepo = (db: Executor): LifecycleRepo => ({
  async applyTransition(t) {
    const inserted = await db
      .insert(lifecycleTransitions)
      .values({ ...t, at: new Date(t.at) })
      .onConflictDoNothing({ target: [lifecycleTransitions.systemId, lifecycleTransitions.seq] })
      .returning({ seq: lifecycleTransitions.seq });
    if (!inserted.length) return false;
    await db
      .update(aiSystems)
      .set({
        lifecycleState: t.toState,
        workflowSeq: t.seq,
        ...(t.projection.currentAssessmentId !== undefined
          ? { currentAssessmentId: t.projection.currentAssessmentId }
          : {}),
        ...(t.projection.risk !== undefined
          ? { risk: t.projection.risk, riskTier: t.projection.risk?.tier ?? null }
          : {}),
        ...(t.projection.nextReviewAt !== undefined
          ? { nextReviewAt: t.projection.nextReviewAt ? new Date(t.projection.nextReviewAt) : null }
          : {}),
        version: sql`${aiSystems.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(aiSystems.id, t.systemId), sql`${aiSystems.workflowSeq} < ${t.seq}`));
    return true;
  },
  async listTransitions(systemId, until) {
    const rows = await db
      .select()
      .from(lifecycleTransitions)
      .where(and(eq(lifecycleTransitions.systemId, systemId), until ? lte(lifecycleTransitions.at, until) : undefined))
      .orderBy(asc(lifecycleTransitions.seq));
    return rows.map((r) => ({ ...r, data: r.data as Record<string, unknown>, at: r.at.toISOString() }));
  },
});

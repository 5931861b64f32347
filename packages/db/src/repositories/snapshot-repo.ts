import type { TRiskAssessment } from '@kizuna/contracts';
import type { SnapshotRepo } from '@kizuna/domain';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { assessmentSnapshots } from '../schema/tenant.js';

// Insert and read only: the application role holds no UPDATE or DELETE on the table.
export const createSnapshotRepo = (db: Executor): SnapshotRepo => ({
  async insert(s) {
    await db
      .insert(assessmentSnapshots)
      .values({ ...s, submittedAt: new Date(s.submittedAt) })
      .onConflictDoNothing({ target: [assessmentSnapshots.assessmentId, assessmentSnapshots.snapshotHash] });
  },
  async find(assessmentId, snapshotHash) {
    const [row] = await db
      .select()
      .from(assessmentSnapshots)
      .where(
        and(eq(assessmentSnapshots.assessmentId, assessmentId), eq(assessmentSnapshots.snapshotHash, snapshotHash)),
      );
    return row
      ? {
          assessmentId: row.assessmentId,
          snapshotHash: row.snapshotHash,
          snapshot: row.snapshot as Record<string, unknown>,
          risk: row.risk as TRiskAssessment,
          submittedBy: row.submittedBy,
          submittedAt: row.submittedAt.toISOString(),
        }
      : null;
  },
});

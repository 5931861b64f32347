import type { TAnswerInput, TAssessment, TRiskAssessment } from '@kizuna/contracts';
import type { AssessmentRecord, AssessmentRepo, RequirementSnapshot } from '@kizuna/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { assessmentAnswers, assessments } from '../schema/tenant.js';
import { formatTimestamp } from './format-timestamp.js';

type AssessmentRow = typeof assessments.$inferSelect;
const toAssessment = (row: AssessmentRow): AssessmentRecord => ({
  id: row.id,
  systemId: row.systemId,
  cycle: row.cycle,
  kind: row.kind as TAssessment['kind'],
  status: row.status as TAssessment['status'],
  catalogVersions: row.catalogVersions as AssessmentRecord['catalogVersions'],
  // Assessments stored before reasons were bilingual hold plain strings; read them as both languages.
  requirements: (
    row.requirements as (Omit<RequirementSnapshot, 'reasons'> & {
      reasons: (string | RequirementSnapshot['reasons'][number])[];
    })[]
  ).map((r) => ({ ...r, reasons: r.reasons.map((x) => (typeof x === 'string' ? { ja: x, en: x } : x)) })),
  submittedBy: row.submittedBy,
  submittedAt: formatTimestamp(row.submittedAt),
  snapshotHash: row.snapshotHash,
  risk: (row.risk ?? null) as TRiskAssessment | null,
  createdAt: row.createdAt.toISOString(),
  version: row.version,
});

export const createAssessmentRepo = (db: Executor): AssessmentRepo => ({
  async insert(a) {
    const [row] = await db
      .insert(assessments)
      .values({ ...a, submittedAt: null, risk: null })
      .onConflictDoNothing({ target: [assessments.systemId, assessments.cycle] })
      .returning();
    if (row) return toAssessment(row);
    const [existing] = await db
      .select()
      .from(assessments)
      .where(and(eq(assessments.systemId, a.systemId), eq(assessments.cycle, a.cycle)));
    return toAssessment(existing!);
  },
  async findById(id) {
    const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
    return row ? toAssessment(row) : null;
  },
  async listForSystem(systemId) {
    return (
      await db.select().from(assessments).where(eq(assessments.systemId, systemId)).orderBy(desc(assessments.cycle))
    ).map(toAssessment);
  },
  async latestCycle(systemId) {
    const [row] = await db
      .select({ cycle: sql<number>`coalesce(max(${assessments.cycle}), 0)::int` })
      .from(assessments)
      .where(eq(assessments.systemId, systemId));
    return row?.cycle ?? 0;
  },
  async getAnswers(assessmentId) {
    const rows = await db.select().from(assessmentAnswers).where(eq(assessmentAnswers.assessmentId, assessmentId));
    return rows.map((r) => ({
      requirementId: r.requirementId,
      answer: r.answer as TAnswerInput,
      carriedForward: r.carriedForward,
      confirmed: r.confirmed,
      answeredBy: r.updatedBy,
    }));
  },
  async saveAnswer(assessmentId, requirementId, answer, opts) {
    await db
      .insert(assessmentAnswers)
      .values({
        assessmentId,
        requirementId,
        answer,
        carriedForward: opts.carriedForward,
        confirmed: opts.confirmed,
        updatedBy: opts.actorId,
      })
      .onConflictDoUpdate({
        target: [assessmentAnswers.assessmentId, assessmentAnswers.requirementId],
        set: {
          answer,
          carriedForward: opts.carriedForward,
          confirmed: opts.confirmed,
          updatedBy: opts.actorId,
          updatedAt: sql`now()`,
        },
      });
  },
  async bumpVersion(id) {
    await db
      .update(assessments)
      .set({ version: sql`${assessments.version} + 1`, updatedAt: sql`now()` })
      .where(eq(assessments.id, id));
  },
  async setRequirements(id, requirements) {
    await db
      .update(assessments)
      .set({ requirements, version: sql`${assessments.version} + 1`, updatedAt: sql`now()` })
      .where(eq(assessments.id, id));
  },
  async markSubmitted(id, s) {
    await db
      .update(assessments)
      .set({
        status: 'submitted',
        submittedBy: s.submittedBy,
        submittedAt: new Date(s.submittedAt),
        snapshotHash: s.snapshotHash,
        snapshot: s.snapshot,
        risk: s.risk,
        version: sql`${assessments.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(assessments.id, id));
  },
  async setStatus(id, status) {
    await db
      .update(assessments)
      .set({ status, updatedAt: sql`now()` })
      .where(eq(assessments.id, id));
  },
  async getSnapshot(id) {
    const [row] = await db.select({ snapshot: assessments.snapshot }).from(assessments).where(eq(assessments.id, id));
    return (row?.snapshot ?? null) as Record<string, unknown> | null;
  },
});

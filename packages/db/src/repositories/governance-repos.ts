import type { TAnswerInput, TAssessment, TEvidence, TRiskAssessment, TSignOff } from '@kizuna/contracts';
import type {
  AssessmentRecord,
  AssessmentRepo,
  EvidenceRepo,
  LifecycleRepo,
  NotificationRepo,
  RiskLogRepo,
  SignOffRepo,
  RequirementSnapshot,
} from '@kizuna/domain';
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import {
  aiSystems,
  assessmentAnswers,
  assessments,
  evidence,
  lifecycleTransitions,
  notifications,
  riskLog,
  signOffs,
} from '../schema/tenant.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

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
  submittedAt: iso(row.submittedAt),
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

type EvidenceRow = typeof evidence.$inferSelect;
const toEvidence = (row: Omit<EvidenceRow, 'content'>): TEvidence => ({
  id: row.id,
  systemId: row.systemId,
  kind: row.kind as TEvidence['kind'],
  title: row.title,
  url: row.url,
  fileName: row.fileName,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

const EVIDENCE_META = {
  id: evidence.id,
  systemId: evidence.systemId,
  kind: evidence.kind,
  title: evidence.title,
  url: evidence.url,
  fileName: evidence.fileName,
  contentType: evidence.contentType,
  sizeBytes: evidence.sizeBytes,
  sha256: evidence.sha256,
  createdBy: evidence.createdBy,
  createdAt: evidence.createdAt,
};

export const createEvidenceRepo = (db: Executor): EvidenceRepo => ({
  async insert(e) {
    await db.insert(evidence).values({ ...e, createdAt: new Date(e.createdAt) });
  },
  async listForSystem(systemId) {
    return (
      await db
        .select(EVIDENCE_META)
        .from(evidence)
        .where(eq(evidence.systemId, systemId))
        .orderBy(asc(evidence.createdAt))
    ).map(toEvidence);
  },
  async findMany(systemId, ids) {
    if (!ids.length) return [];
    return (
      await db
        .select(EVIDENCE_META)
        .from(evidence)
        .where(and(eq(evidence.systemId, systemId), inArray(evidence.id, ids)))
    ).map(toEvidence);
  },
});

type SignOffRow = typeof signOffs.$inferSelect;
const toSignOff = (row: SignOffRow): TSignOff => ({
  id: row.id,
  systemId: row.systemId,
  assessmentId: row.assessmentId,
  decision: row.decision as TSignOff['decision'],
  snapshotHash: row.snapshotHash,
  attestation: row.attestation,
  conditions: row.conditions as TSignOff['conditions'],
  comment: row.comment,
  signerId: row.signerId,
  signerName: row.signerName,
  decidedAt: row.decidedAt.toISOString(),
});

export const createSignOffRepo = (db: Executor): SignOffRepo => ({
  async insert(s) {
    const inserted = await db
      .insert(signOffs)
      .values({ ...s, authenticatedAt: new Date(s.authenticatedAt), decidedAt: new Date(s.decidedAt) })
      .onConflictDoNothing({ target: [signOffs.assessmentId, signOffs.signerId, signOffs.snapshotHash] })
      .returning({ id: signOffs.id });
    return inserted.length > 0;
  },
  async listForAssessment(assessmentId) {
    return (
      await db.select().from(signOffs).where(eq(signOffs.assessmentId, assessmentId)).orderBy(asc(signOffs.decidedAt))
    ).map(toSignOff);
  },
  async listForSystem(systemId, until) {
    return (
      await db
        .select()
        .from(signOffs)
        .where(and(eq(signOffs.systemId, systemId), until ? lte(signOffs.decidedAt, until) : undefined))
        .orderBy(asc(signOffs.decidedAt))
    ).map(toSignOff);
  },
});

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

export const createNotificationRepo = (db: Executor): NotificationRepo => ({
  async insert(n) {
    await db.insert(notifications).values(n).onConflictDoNothing({ target: notifications.dedupeKey });
  },
  async listForRecipient(recipientId, { limit, unreadOnly }) {
    const rows = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, recipientId), unreadOnly ? isNull(notifications.readAt) : undefined))
      .orderBy(desc(notifications.createdAt))
      .limit(limit);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      systemId: r.systemId,
      payload: r.payload,
      createdAt: r.createdAt.toISOString(),
      readAt: iso(r.readAt),
    }));
  },
  async markRead(recipientId, id, at) {
    const [row] = await db
      .select({ readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.recipientId, recipientId)));
    if (!row) return false;
    if (!row.readAt) await db.update(notifications).set({ readAt: at }).where(eq(notifications.id, id));
    return true;
  },
});

import type { TRiskAssessment, TSignOff } from '@kizuna/contracts';
import type { AwaitingDecisionQuery, SignOffRepo } from '@kizuna/domain';
import { and, asc, desc, eq, isNotNull, lt, lte, ne, notExists, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { aiSystems, assessmentAnswers, assessments, evidence, signOffs } from '../schema/tenant.js';
import { FILTER_COLUMNS as AI_SYSTEM_COLUMNS } from './ai-system-repo.js';
import { decodeCursor, pageOf } from './cursor.js';
import { filterToSql } from './filter-to-sql.js';

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

// The fields of the SignOff permission subject, computed from the system and its current assessment.
const signOffSubjectColumns = (approverRoles: AwaitingDecisionQuery['approverRoles']) => {
  const whens = Object.entries(approverRoles).map(([tier, role]) => sql`when ${tier} then ${role}`);
  return {
    approverRole: sql`(case ${assessments.risk}->>'tier' ${sql.join(whens, sql` `)} end)`,
    submittedBy: assessments.submittedBy,
    systemOwnerId: sql`coalesce(${aiSystems.ownerId}::text, '')`,
  };
};

// Sign-offs given on the assessment's current snapshot (an earlier, rejected one does not count).
const atCurrentSnapshot = and(
  eq(signOffs.assessmentId, assessments.id),
  eq(signOffs.snapshotHash, assessments.snapshotHash),
);

// Segregation of duties as SQL, mirroring findExcludedSigners: the signer owns the system, answered the assessment,
// or (when the policy says so) added evidence to the system.
const notExcluded = (db: Executor, signerId: string, segregation: AwaitingDecisionQuery['segregation']) => {
  const noneIn = (from: typeof assessmentAnswers | typeof evidence, where: SQL | undefined) =>
    notExists(
      db
        .select({ one: sql`1` })
        .from(from)
        .where(where),
    );
  return and(
    segregation.excludeSystemOwner ? sql`${aiSystems.ownerId}::text is distinct from ${signerId}` : undefined,
    segregation.excludeAnswerers
      ? noneIn(
          assessmentAnswers,
          and(eq(assessmentAnswers.assessmentId, assessments.id), eq(assessmentAnswers.updatedBy, signerId)),
        )
      : undefined,
    segregation.excludeEvidenceContributors
      ? noneIn(evidence, and(eq(evidence.systemId, aiSystems.id), eq(evidence.createdBy, signerId)))
      : undefined,
  );
};

export const createSignOffRepo = (db: Executor): SignOffRepo => ({
  async listAwaitingDecision({ systems, decide, approverRoles, signerId, segregation }, { limit, cursor }) {
    const after = decodeCursor(cursor);
    const rows = await db
      .select({
        systemId: aiSystems.id,
        systemName: aiSystems.name,
        assessmentId: assessments.id,
        snapshotHash: assessments.snapshotHash,
        risk: assessments.risk,
        submittedBy: assessments.submittedBy,
        submittedAt: assessments.submittedAt,
        createdAt: assessments.createdAt,
        approvals: sql<number>`(select count(*)::int from ${signOffs} where ${and(atCurrentSnapshot, ne(signOffs.decision, 'reject'))})`,
      })
      .from(aiSystems)
      .innerJoin(assessments, eq(assessments.id, aiSystems.currentAssessmentId))
      .where(
        and(
          eq(aiSystems.lifecycleState, 'signoff'),
          eq(assessments.status, 'submitted'),
          isNotNull(assessments.risk),
          isNotNull(assessments.snapshotHash),
          filterToSql(systems, AI_SYSTEM_COLUMNS),
          filterToSql(decide, signOffSubjectColumns(approverRoles)),
          notExists(
            db
              .select({ one: sql`1` })
              .from(signOffs)
              .where(and(atCurrentSnapshot, eq(signOffs.signerId, signerId))),
          ),
          notExcluded(db, signerId, segregation),
          after ? lt(aiSystems.id, after) : undefined,
        ),
      )
      .orderBy(desc(aiSystems.id))
      .limit(limit + 1);
    const items = rows.map((r) => ({
      systemId: r.systemId,
      systemName: r.systemName,
      assessmentId: r.assessmentId,
      snapshotHash: r.snapshotHash!,
      risk: r.risk as TRiskAssessment,
      submittedBy: r.submittedBy ?? '',
      submittedAt: (r.submittedAt ?? r.createdAt).toISOString(),
      approvals: r.approvals,
    }));
    return pageOf(items, limit, (item) => item.systemId);
  },
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

import type { TSignOff } from '@kizuna/contracts';
import type { SignOffRepo } from '@kizuna/domain';
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { signOffs } from '../schema/tenant.js';

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

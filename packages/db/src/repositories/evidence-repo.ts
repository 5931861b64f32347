import type { TEvidence } from '@kizuna/contracts';
import type { EvidenceRepo } from '@kizuna/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { evidence } from '../schema/tenant.js';

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

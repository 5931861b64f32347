import type { TAuditEvent } from '@kizuna/contracts';
import { computeAuditHash, digestChange, GENESIS_HASH, type AuditEntry, type AuditRepo } from '@kizuna/domain';
import { asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { auditEvents, auditHead } from '../schema/tenant.js';
import { decodeCursor, pageOf } from './cursor.js';

type Row = typeof auditEvents.$inferSelect;

const toEvent = (row: Row): TAuditEvent => ({
  seq: row.seq,
  occurredAt: row.occurredAt.toISOString(),
  actorType: row.actorType,
  actorId: row.actorId,
  action: row.action,
  targetType: row.targetType,
  targetId: row.targetId,
  requestId: row.requestId,
  changeDigest: row.changeDigest,
  data: row.data,
  prevHash: row.prevHash,
  hash: row.hash,
});

// Must run inside the caller's tenant transaction, so the event commits or rolls back with the change it records.
export const createAuditRepo = (db: Executor): AuditRepo => ({
  async append(entry: AuditEntry) {
    if (entry.dedupeKey) {
      const [seen] = await db
        .select({ seq: auditEvents.seq })
        .from(auditEvents)
        .where(eq(auditEvents.dedupeKey, entry.dedupeKey));
      if (seen) return null;
    }
    await db.insert(auditHead).values({ id: 1, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
    // The row lock serialises appends within this tenant only; other tenants have their own head.
    const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
    const seq = head!.seq + 1;
    // Millisecond precision, the same as the column stores, so the hash recomputes from what is read back.
    const occurredAt = new Date(Date.now());
    const data = JSON.parse(JSON.stringify(entry.data)) as Record<string, unknown>;
    const fields = {
      seq,
      occurredAt,
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      requestId: entry.requestId,
      data,
    };
    const hash = computeAuditHash(head!.hash, fields);
    await db.insert(auditEvents).values({
      ...fields,
      changeDigest: digestChange(data),
      dedupeKey: entry.dedupeKey ?? null,
      prevHash: head!.hash,
      hash,
    });
    await db.update(auditHead).set({ seq, hash }).where(eq(auditHead.id, 1));
    return { seq, hash };
  },
  async list({ limit, cursor }) {
    const after = Number(decodeCursor(cursor) ?? 0);
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, Number.isFinite(after) ? after : 0))
      .orderBy(asc(auditEvents.seq))
      .limit(limit + 1);
    return pageOf(rows.map(toEvent), limit, (e) => e.seq);
  },
  async scan(afterSeq, limit) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, afterSeq))
      .orderBy(asc(auditEvents.seq))
      .limit(limit);
    return rows.map(toEvent);
  },
});

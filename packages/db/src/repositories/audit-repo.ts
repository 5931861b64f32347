import type { TAuditEvent } from '@kizuna/contracts';
import { computeAuditHash, digestChange, GENESIS_HASH, type AuditEntry, type AuditRepo } from '@kizuna/domain';
import { asc, eq, gt, sql } from 'drizzle-orm';
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

// JSON numbers the way JavaScript spells them: PostgreSQL stores 1e21 as 1000000000000000000000, which JavaScript
// reads back and spells 1e+21, so a number JavaScript writes with an exponent is recorded as its string instead
// (the database hashes what it stores, and verify re-hashes what it reads).
const toHashableJson = (value: unknown): unknown => {
  if (typeof value === 'number') return /e/i.test(String(value)) ? String(value) : value;
  if (Array.isArray(value)) return value.map(toHashableJson);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toHashableJson(v)]));
  return value;
};

// An actor id minted for an API key (`key:<id>`, see actorIdOf) is an API key, whatever type the caller passed.
const toRecordedActor = (actor: AuditEntry['actor']): AuditEntry['actor'] =>
  actor.type === 'user' && actor.id.startsWith('key:') ? { type: 'api_key', id: actor.id.slice(4) } : actor;

// Schemas known to have append_audit_event (migration 0004), so the check below runs once per schema and process.
const migratedSchemas = new Set<string>();

const hasAppendFunction = async (db: Executor, schemaName: string): Promise<boolean> => {
  if (migratedSchemas.has(schemaName)) return true;
  const { rows } = await db.execute<{ ready: boolean }>(
    sql`select to_regproc('append_audit_event') is not null as ready`,
  );
  if (rows[0]?.ready) migratedSchemas.add(schemaName);
  return Boolean(rows[0]?.ready);
};

// Must run inside the caller's tenant transaction, so the event commits or rolls back with the change it records.
export const createAuditRepo = (db: Executor, schemaName: string): AuditRepo => ({
  async append(entry: AuditEntry) {
    const data = toHashableJson(JSON.parse(JSON.stringify(entry.data))) as Record<string, unknown>;
    const actor = toRecordedActor(entry.actor);
    if (!(await hasAppendFunction(db, schemaName))) return appendBeforeMigration(db, entry, data, actor);
    // The database stamps seq and time, links the head and computes the hash: the application role cannot write
    // the trail any other way.
    const { rows } = await db.execute<{ seq: string | number; hash: string }>(
      sql`select appended_seq as seq, appended_hash as hash from append_audit_event(${actor.type}, ${actor.id},
        ${entry.action}, ${entry.targetType}, ${entry.targetId}, ${entry.requestId}, ${JSON.stringify(data)}::jsonb,
        ${entry.dedupeKey ?? null})`,
    );
    const [row] = rows;
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
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
  async head() {
    const [row] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
    return row ? { seq: row.seq, hash: row.hash } : null;
  },
});

// A schema the fleet migration has not reached yet (still on the old grants): the chain is written as before, the
// hash computed here in the same format.
const appendBeforeMigration = async (
  db: Executor,
  entry: AuditEntry,
  data: Record<string, unknown>,
  actor: AuditEntry['actor'],
) => {
  if (entry.dedupeKey) {
    const [seen] = await db
      .select({ seq: auditEvents.seq })
      .from(auditEvents)
      .where(eq(auditEvents.dedupeKey, entry.dedupeKey));
    if (seen) return null;
  }
  await db.insert(auditHead).values({ id: 1, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  const seq = head!.seq + 1;
  const fields = {
    seq,
    occurredAt: new Date(Date.now()),
    actorType: actor.type,
    actorId: actor.id,
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
};

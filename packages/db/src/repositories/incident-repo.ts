import { ZIncidentPersonalData, ZCorrectiveAction, type TTimelineEntry } from '@kizuna/contracts';
import type { FiledClock, IncidentRecord, IncidentRepo } from '@kizuna/domain';
import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { aiSystems } from '../schema/tenant.js';
import { incidentFilings, incidentSystems, incidents, incidentTimeline } from '../schema/tenant-incidents.js';
import { decodeCursor, pageOf } from './cursor.js';
import { filterToSql, type ColumnMap } from './filter-to-sql.js';
import { formatTimestamp } from './format-timestamp.js';

type Row = typeof incidents.$inferSelect;
type Linked = { systemIds: string[]; ownerIds: string[]; filed: FiledClock[] };

// Subject fields the permission rules may mention. An incident's system owners are those of its linked systems,
// read through the link table at query time (a system handed to a new owner moves its incidents with it).
const FILTER_COLUMNS: ColumnMap = {
  systemOwnerId: {
    anyOf: (compare) =>
      sql`exists (select 1 from ${incidentSystems} join ${aiSystems} on ${aiSystems.id} = ${incidentSystems.systemId} where ${incidentSystems.incidentId} = ${incidents.id} and ${compare(aiSystems.ownerId)})`,
  },
};

const toRecord = (row: Row, linked: Linked | undefined): IncidentRecord => ({
  id: row.id,
  title: row.title,
  description: row.description,
  severity: row.severity as IncidentRecord['severity'],
  categories: row.categories as IncidentRecord['categories'],
  systemIds: linked?.systemIds ?? [],
  occurredAt: formatTimestamp(row.occurredAt),
  detectedAt: row.detectedAt.toISOString(),
  awareAt: row.awareAt.toISOString(),
  reporter: row.reporter,
  status: row.status as IncidentRecord['status'],
  containment: row.containment,
  rootCause: row.rootCause,
  correctiveActions: ZCorrectiveAction.array().parse(row.correctiveActions),
  personalData: row.personalData === null ? null : ZIncidentPersonalData.parse(row.personalData),
  createdBy: row.createdBy,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  systemOwnerIds: linked?.ownerIds ?? [],
  filedClocks: linked?.filed ?? [],
});

const entryOf = (links: Map<string, Linked>, id: string): Linked => {
  let entry = links.get(id);
  if (!entry) links.set(id, (entry = { systemIds: [], ownerIds: [], filed: [] }));
  return entry;
};

const loadLinks = async (db: Executor, ids: string[]): Promise<Map<string, Linked>> => {
  const links = new Map<string, Linked>();
  if (ids.length === 0) return links;
  const rows = await db
    .select({ incidentId: incidentSystems.incidentId, systemId: incidentSystems.systemId, ownerId: aiSystems.ownerId })
    .from(incidentSystems)
    .innerJoin(aiSystems, eq(aiSystems.id, incidentSystems.systemId))
    .where(inArray(incidentSystems.incidentId, ids))
    .orderBy(asc(incidentSystems.systemId));
  for (const row of rows) {
    const entry = entryOf(links, row.incidentId);
    entry.systemIds.push(row.systemId);
    if (row.ownerId && !entry.ownerIds.includes(row.ownerId)) entry.ownerIds.push(row.ownerId);
  }
  // The filed reports stop their clocks; read with the row so every view of the incident agrees.
  const filed = await db
    .select({
      incidentId: incidentFilings.incidentId,
      clockKind: incidentFilings.clockKind,
      filingId: incidentFilings.id,
      filedAt: incidentFilings.filedAt,
    })
    .from(incidentFilings)
    .where(inArray(incidentFilings.incidentId, ids));
  for (const f of filed)
    entryOf(links, f.incidentId).filed.push({
      clockKind: f.clockKind,
      filingId: f.filingId,
      filedAt: f.filedAt.toISOString(),
    });
  return links;
};

const linkSystems = async (db: Executor, incidentId: string, systemIds: string[]) => {
  await db.delete(incidentSystems).where(eq(incidentSystems.incidentId, incidentId));
  if (systemIds.length)
    await db.insert(incidentSystems).values(systemIds.map((systemId) => ({ incidentId, systemId })));
};

const toDate = (iso: string | null) => (iso === null ? null : new Date(iso));

export const createIncidentRepo = (db: Executor): IncidentRepo => {
  const findById = async (id: string) => {
    const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
    return row ? toRecord(row, (await loadLinks(db, [id])).get(id)) : null;
  };
  return {
    findById,
    async insert(incident) {
      const { systemIds, occurredAt, detectedAt, awareAt, nextDueAt, ...rest } = incident;
      await db.insert(incidents).values({
        ...rest,
        occurredAt: toDate(occurredAt),
        detectedAt: new Date(detectedAt),
        awareAt: new Date(awareAt),
        nextDueAt: toDate(nextDueAt),
      });
      await linkSystems(db, incident.id, systemIds);
      return (await findById(incident.id))!;
    },
    async list(filter, { limit, cursor, status, severity, systemId, overdue, now }) {
      const after = decodeCursor(cursor);
      const conditions: (SQL | undefined)[] = [
        filterToSql(filter, FILTER_COLUMNS),
        after ? lt(incidents.id, after) : undefined,
        status ? eq(incidents.status, status) : undefined,
        severity ? eq(incidents.severity, severity) : undefined,
        systemId
          ? sql`exists (select 1 from ${incidentSystems} where ${incidentSystems.incidentId} = ${incidents.id} and ${incidentSystems.systemId} = ${systemId})`
          : undefined,
        overdue === 'true' ? lt(incidents.nextDueAt, now) : undefined,
        overdue === 'false' ? or(isNull(incidents.nextDueAt), gte(incidents.nextDueAt, now)) : undefined,
      ];
      const rows = await db
        .select()
        .from(incidents)
        .where(and(...conditions))
        .orderBy(desc(incidents.id))
        .limit(limit + 1);
      const links = await loadLinks(
        db,
        rows.map((r) => r.id),
      );
      return pageOf(
        rows.map((r) => toRecord(r, links.get(r.id))),
        limit,
        (i) => i.id,
      );
    },
    async update(id, expectedVersion, change) {
      const { systemIds, occurredAt, detectedAt, awareAt, nextDueAt, ...rest } = change;
      const [row] = await db
        .update(incidents)
        .set({
          ...rest,
          ...(occurredAt !== undefined && { occurredAt: toDate(occurredAt) }),
          ...(detectedAt !== undefined && { detectedAt: new Date(detectedAt) }),
          ...(awareAt !== undefined && { awareAt: new Date(awareAt) }),
          nextDueAt: toDate(nextDueAt),
          version: sql`${incidents.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(incidents.id, id), eq(incidents.version, expectedVersion)))
        .returning({ id: incidents.id });
      if (!row) return null;
      if (systemIds) await linkSystems(db, id, systemIds);
      return findById(id);
    },
    async touch(id, nextDueAt) {
      await db
        .update(incidents)
        .set({ nextDueAt: toDate(nextDueAt), version: sql`${incidents.version} + 1`, updatedAt: sql`now()` })
        .where(eq(incidents.id, id));
      return (await findById(id))!;
    },
    async listDueIds(before, limit) {
      const rows = await db
        .select({ id: incidents.id })
        .from(incidents)
        .where(and(ne(incidents.status, 'closed'), lt(incidents.nextDueAt, before)))
        .orderBy(asc(incidents.nextDueAt))
        .limit(limit);
      return rows.map((r) => r.id);
    },
    async appendTimeline(incidentId, entries) {
      if (entries.length === 0) return;
      // The incident row is locked by the write that produced these entries, so sequence numbers cannot collide.
      const [last] = await db
        .select({ seq: sql<number>`coalesce(max(${incidentTimeline.seq}), 0)::int` })
        .from(incidentTimeline)
        .where(eq(incidentTimeline.incidentId, incidentId));
      const start = (last?.seq ?? 0) + 1;
      await db.insert(incidentTimeline).values(
        entries.map((e, i) => ({
          incidentId,
          seq: start + i,
          at: new Date(e.at),
          kind: e.kind,
          actorType: e.actor.type,
          actorId: e.actor.id,
          note: e.note,
          data: { changes: e.changes, clockChanges: e.clockChanges, reason: e.reason },
        })),
      );
    },
    async listTimeline(incidentId) {
      const rows = await db
        .select()
        .from(incidentTimeline)
        .where(eq(incidentTimeline.incidentId, incidentId))
        .orderBy(asc(incidentTimeline.seq));
      return rows.map((r): TTimelineEntry => {
        const data = r.data as Pick<TTimelineEntry, 'changes' | 'clockChanges' | 'reason'>;
        return {
          seq: r.seq,
          at: r.at.toISOString(),
          kind: r.kind as TTimelineEntry['kind'],
          actor: { type: r.actorType as TTimelineEntry['actor']['type'], id: r.actorId },
          note: r.note,
          changes: data.changes ?? [],
          clockChanges: data.clockChanges ?? [],
          reason: data.reason ?? null,
        };
      });
    },
  };
};

import { ZRegulatorResponse, type TRegulatorTimelineEntry } from '@kizuna/contracts';
import type { RegulatorRequestRecord, RegulatorRequestRepo } from '@kizuna/domain';
import { and, asc, desc, eq, gte, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import {
  regulatorRequestSystems,
  regulatorRequestTimeline,
  regulatorRequests,
} from '../schema/tenant-regulator-requests.js';
import { aiSystems } from '../schema/tenant.js';
import { decodeCursor, pageOf } from './cursor.js';
import { filterToSql, type ColumnMap } from './filter-to-sql.js';
import { loadRequestLinks, replaceRequestLinks, type RequestLinks } from './regulator-request-links.js';

type Row = typeof regulatorRequests.$inferSelect;

// A request's system owners are those of its linked systems, read through the link table at query time.
const FILTER_COLUMNS: ColumnMap = {
  systemOwnerId: {
    anyOf: (compare) =>
      sql`exists (select 1 from ${regulatorRequestSystems} join ${aiSystems} on ${aiSystems.id} = ${regulatorRequestSystems.systemId} where ${regulatorRequestSystems.requestId} = ${regulatorRequests.id} and ${compare(aiSystems.ownerId)})`,
  },
};

const ANSWERED = ['responded', 'closed'];

const toRecord = (row: Row, links: RequestLinks | undefined): RegulatorRequestRecord => ({
  id: row.id,
  authority: row.authority as RegulatorRequestRecord['authority'],
  authorityName: row.authorityName,
  kind: row.kind as RegulatorRequestRecord['kind'],
  legalBasis: row.legalBasis,
  reference: row.reference,
  receivedAt: row.receivedAt.toISOString(),
  responseDueAt: row.responseDueAt ? row.responseDueAt.toISOString() : null,
  summary: row.summary,
  systemIds: links?.systemIds ?? [],
  incidentIds: links?.incidentIds ?? [],
  ownerId: row.ownerId,
  status: row.status as RegulatorRequestRecord['status'],
  response: row.response === null ? null : ZRegulatorResponse.parse(row.response),
  createdBy: row.createdBy,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  systemOwnerIds: links?.ownerIds ?? [],
});

const toDate = (iso: string | null) => (iso === null ? null : new Date(iso));

export const createRegulatorRequestRepo = (db: Executor): RegulatorRequestRepo => {
  const withLinks = async (rows: Row[]) => {
    const links = await loadRequestLinks(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toRecord(r, links.get(r.id)));
  };
  const findById = async (id: string) => {
    const rows = await db.select().from(regulatorRequests).where(eq(regulatorRequests.id, id));
    return rows.length ? (await withLinks(rows))[0]! : null;
  };
  return {
    findById,
    async insert(request) {
      const { systemIds, incidentIds, receivedAt, responseDueAt, ...rest } = request;
      await db.insert(regulatorRequests).values({
        ...rest,
        receivedAt: new Date(receivedAt),
        responseDueAt: toDate(responseDueAt),
      });
      await replaceRequestLinks(db, request.id, { systemIds, incidentIds });
      return (await findById(request.id))!;
    },
    async list(filter, { limit, cursor, status, authority, systemId, overdue, now }) {
      const after = decodeCursor(cursor);
      const late = and(notInArray(regulatorRequests.status, ANSWERED), lt(regulatorRequests.responseDueAt, now));
      const conditions: (SQL | undefined)[] = [
        filterToSql(filter, FILTER_COLUMNS),
        after ? lt(regulatorRequests.id, after) : undefined,
        status ? eq(regulatorRequests.status, status) : undefined,
        authority ? eq(regulatorRequests.authority, authority) : undefined,
        systemId
          ? sql`exists (select 1 from ${regulatorRequestSystems} where ${regulatorRequestSystems.requestId} = ${regulatorRequests.id} and ${regulatorRequestSystems.systemId} = ${systemId})`
          : undefined,
        overdue === 'true' ? late : undefined,
        overdue === 'false'
          ? or(
              inArray(regulatorRequests.status, ANSWERED),
              isNull(regulatorRequests.responseDueAt),
              gte(regulatorRequests.responseDueAt, now),
            )
          : undefined,
      ];
      const rows = await db
        .select()
        .from(regulatorRequests)
        .where(and(...conditions))
        .orderBy(desc(regulatorRequests.id))
        .limit(limit + 1);
      return pageOf(await withLinks(rows), limit, (r) => r.id);
    },
    async update(id, expectedVersion, change) {
      const { systemIds, incidentIds, receivedAt, responseDueAt, ...rest } = change;
      const [row] = await db
        .update(regulatorRequests)
        .set({
          ...rest,
          ...(receivedAt !== undefined && { receivedAt: new Date(receivedAt) }),
          ...(responseDueAt !== undefined && { responseDueAt: toDate(responseDueAt) }),
          version: sql`${regulatorRequests.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(regulatorRequests.id, id), eq(regulatorRequests.version, expectedVersion)))
        .returning({ id: regulatorRequests.id });
      if (!row) return null;
      await replaceRequestLinks(db, id, { systemIds, incidentIds });
      return findById(id);
    },
    async listForSystem(systemId) {
      const rows = await db
        .select()
        .from(regulatorRequests)
        .where(
          sql`exists (select 1 from ${regulatorRequestSystems} where ${regulatorRequestSystems.requestId} = ${regulatorRequests.id} and ${regulatorRequestSystems.systemId} = ${systemId})`,
        )
        .orderBy(desc(regulatorRequests.id));
      return withLinks(rows);
    },
    async listOpen() {
      const rows = await db
        .select()
        .from(regulatorRequests)
        .where(notInArray(regulatorRequests.status, ANSWERED))
        .orderBy(asc(regulatorRequests.id));
      return withLinks(rows);
    },
    async appendTimeline(requestId, entries) {
      if (entries.length === 0) return;
      // The request row is locked by the write that produced these entries (the alert row, for reminders).
      const [last] = await db
        .select({ seq: sql<number>`coalesce(max(${regulatorRequestTimeline.seq}), 0)::int` })
        .from(regulatorRequestTimeline)
        .where(eq(regulatorRequestTimeline.requestId, requestId));
      const start = (last?.seq ?? 0) + 1;
      await db.insert(regulatorRequestTimeline).values(
        entries.map((e, i) => ({
          requestId,
          seq: start + i,
          at: new Date(e.at),
          kind: e.kind,
          actorType: e.actor.type,
          actorId: e.actor.id,
          note: e.note,
          data: { changes: e.changes, reason: e.reason },
        })),
      );
    },
    async listTimeline(requestId) {
      const rows = await db
        .select()
        .from(regulatorRequestTimeline)
        .where(eq(regulatorRequestTimeline.requestId, requestId))
        .orderBy(asc(regulatorRequestTimeline.seq));
      return rows.map((r): TRegulatorTimelineEntry => {
        const data = r.data as Pick<TRegulatorTimelineEntry, 'changes' | 'reason'>;
        return {
          seq: r.seq,
          at: r.at.toISOString(),
          kind: r.kind as TRegulatorTimelineEntry['kind'],
          actor: { type: r.actorType as TRegulatorTimelineEntry['actor']['type'], id: r.actorId },
          note: r.note,
          changes: data.changes ?? [],
          reason: data.reason ?? null,
        };
      });
    },
  };
};

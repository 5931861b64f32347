import type { FeedbackRecord, FeedbackRepo } from '@kizuna/domain';
import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { aiSystems } from '../schema/tenant.js';
import { feedbackChannel, feedbackReports } from '../schema/tenant-feedback.js';
import { decodeCursor, pageOf } from './cursor.js';
import { filterToSql, type ColumnMap } from './filter-to-sql.js';
import { formatTimestamp } from './format-timestamp.js';

type Row = typeof feedbackReports.$inferSelect & { systemOwnerId: string | null };

// The owner of the named system, read at query time (a system handed to a new owner moves its reports with it).
const systemOwner = sql<
  string | null
>`(select ${aiSystems.ownerId} from ${aiSystems} where ${aiSystems.id} = ${feedbackReports.systemId})`;
const FILTER_COLUMNS: ColumnMap = { systemOwnerId: systemOwner };

const toRecord = (row: Row): FeedbackRecord => ({
  id: row.id,
  reference: row.reference,
  status: row.status as FeedbackRecord['status'],
  systemId: row.systemId,
  message: row.message,
  language: row.language as FeedbackRecord['language'],
  contact: row.contact,
  category: row.category as FeedbackRecord['category'],
  receivedAt: row.receivedAt.toISOString(),
  triagedAt: formatTimestamp(row.triagedAt),
  triagedBy: row.triagedBy,
  dismissReason: row.dismissReason,
  incidentId: row.incidentId,
  systemOwnerId: row.systemOwnerId,
});

export const createFeedbackRepo = (db: Executor): FeedbackRepo => {
  const select = () =>
    db
      .select({
        id: feedbackReports.id,
        reference: feedbackReports.reference,
        systemId: feedbackReports.systemId,
        message: feedbackReports.message,
        language: feedbackReports.language,
        contact: feedbackReports.contact,
        category: feedbackReports.category,
        status: feedbackReports.status,
        ipHash: feedbackReports.ipHash,
        receivedAt: feedbackReports.receivedAt,
        triagedAt: feedbackReports.triagedAt,
        triagedBy: feedbackReports.triagedBy,
        dismissReason: feedbackReports.dismissReason,
        incidentId: feedbackReports.incidentId,
        systemOwnerId: systemOwner,
      })
      .from(feedbackReports);
  const findById = async (id: string) => {
    const [row] = await select().where(eq(feedbackReports.id, id));
    return row ? toRecord(row) : null;
  };
  return {
    async getChannel() {
      const [row] = await db.select().from(feedbackChannel).where(eq(feedbackChannel.id, 1));
      if (!row) return null;
      return { enabled: row.enabled, systemIds: row.systemIds, intro: { ja: row.introJa, en: row.introEn } };
    },
    async saveChannel(channel, updatedBy) {
      const values = {
        enabled: channel.enabled,
        systemIds: channel.systemIds,
        introJa: channel.intro.ja,
        introEn: channel.intro.en,
        updatedBy,
        updatedAt: new Date(),
      };
      await db
        .insert(feedbackChannel)
        .values({ id: 1, ...values })
        .onConflictDoUpdate({ target: feedbackChannel.id, set: values });
    },
    async allocateNumber() {
      const [row] = await db
        .update(feedbackChannel)
        .set({ lastNumber: sql`${feedbackChannel.lastNumber} + 1` })
        .where(eq(feedbackChannel.id, 1))
        .returning({ number: feedbackChannel.lastNumber });
      if (!row) throw new Error('the feedback channel row is missing');
      return row.number;
    },
    async insert(report) {
      await db.insert(feedbackReports).values({ ...report, receivedAt: new Date(report.receivedAt) });
      return (await findById(report.id))!;
    },
    findById,
    async list(filter, { limit, cursor, status, systemId }) {
      const after = decodeCursor(cursor);
      const conditions: (SQL | undefined)[] = [
        filterToSql(filter, FILTER_COLUMNS),
        after ? lt(feedbackReports.id, after) : undefined,
        status ? eq(feedbackReports.status, status) : undefined,
        systemId ? eq(feedbackReports.systemId, systemId) : undefined,
      ];
      const rows = await select()
        .where(and(...conditions))
        .orderBy(desc(feedbackReports.id))
        .limit(limit + 1);
      return pageOf(rows.map(toRecord), limit, (r) => r.id);
    },
    async triage(id, change) {
      const [row] = await db
        .update(feedbackReports)
        .set({
          status: change.status,
          triagedAt: new Date(change.triagedAt),
          triagedBy: change.triagedBy,
          dismissReason: change.dismissReason ?? null,
          incidentId: change.incidentId ?? null,
        })
        .where(and(eq(feedbackReports.id, id), eq(feedbackReports.status, 'new')))
        .returning({ id: feedbackReports.id });
      return row ? findById(row.id) : null;
    },
  };
};

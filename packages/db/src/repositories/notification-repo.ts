import type { NotificationRepo } from '@kizuna/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { notifications } from '../schema/tenant.js';
import { formatTimestamp } from './format-timestamp.js';

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
      readAt: formatTimestamp(r.readAt),
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

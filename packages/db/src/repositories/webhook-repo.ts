import type { TWebhookDeliveryStatus, TWebhookEventType } from '@kizuna/contracts';
import type { WebhookDeliveryRecord, WebhookEndpointRecord, WebhookRepo } from '@kizuna/domain';
import { and, asc, desc, eq, gt, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookDispatchCursor,
  webhookEndpoints,
} from '../schema/tenant-webhooks.js';
import { decodeCursor, pageOf } from './cursor.js';
import { formatTimestamp } from './format-timestamp.js';

type EndpointRow = typeof webhookEndpoints.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const toEndpoint = (row: EndpointRow): WebhookEndpointRecord => ({
  id: row.id,
  url: row.url,
  events: row.events as TWebhookEventType[],
  active: row.active,
  description: row.description,
  sealedSecret: row.sealedSecret,
  previousSealedSecret: row.previousSealedSecret,
  previousSecretExpiresAt: formatTimestamp(row.previousSecretExpiresAt),
  sinceSeq: row.sinceSeq,
  createdBy: row.createdBy,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const toDelivery = (row: DeliveryRow): WebhookDeliveryRecord => ({
  id: row.id,
  endpointId: row.endpointId,
  auditSeq: row.auditSeq,
  eventType: row.eventType as TWebhookEventType,
  body: row.body,
  status: row.status as TWebhookDeliveryStatus,
  series: row.series,
  attempts: row.attempts,
  totalAttempts: row.totalAttempts,
  lastStatusCode: row.lastStatusCode,
  lastLatencyMs: row.lastLatencyMs,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  deliveredAt: formatTimestamp(row.deliveredAt),
});

// Pages of deliveries, newest first: the cursor is "<createdAt ms>:<id>" of the last row.
const deliveryCursorOf = (d: WebhookDeliveryRecord) => `${Date.parse(d.createdAt)}:${d.id}`;
const afterDeliveryCursor = (cursor: string | undefined): SQL | undefined => {
  const [ms, id] = (decodeCursor(cursor) ?? '').split(':');
  if (!ms || !id || !/^\d+$/.test(ms) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const at = new Date(Number(ms));
  return or(
    lt(webhookDeliveries.createdAt, at),
    and(eq(webhookDeliveries.createdAt, at), lt(webhookDeliveries.id, id)),
  );
};

export const createWebhookRepo = (db: Executor): WebhookRepo => ({
  async insertEndpoint(endpoint) {
    const [row] = await db.insert(webhookEndpoints).values(endpoint).returning();
    return toEndpoint(row!);
  },
  async findEndpoint(id) {
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    return row ? toEndpoint(row) : null;
  },
  async listEndpoints({ limit, cursor }) {
    const after = decodeCursor(cursor);
    const rows = await db
      .select()
      .from(webhookEndpoints)
      .where(after && /^[0-9a-f-]{36}$/.test(after) ? gt(webhookEndpoints.id, after) : undefined)
      .orderBy(asc(webhookEndpoints.id))
      .limit(limit + 1);
    return pageOf(rows.map(toEndpoint), limit, (e) => e.id);
  },
  async listActiveEndpoints() {
    const rows = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.active, true));
    return rows.map(toEndpoint);
  },
  async updateEndpoint(id, expectedVersion, change) {
    const [row] = await db
      .update(webhookEndpoints)
      .set({
        ...change,
        previousSecretExpiresAt:
          change.previousSecretExpiresAt === undefined
            ? undefined
            : change.previousSecretExpiresAt === null
              ? null
              : new Date(change.previousSecretExpiresAt),
        version: sql`${webhookEndpoints.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.version, expectedVersion)))
      .returning();
    return row ? toEndpoint(row) : null;
  },
  async deleteEndpoint(id) {
    const rows = await db
      .delete(webhookEndpoints)
      .where(eq(webhookEndpoints.id, id))
      .returning({ id: webhookEndpoints.id });
    return rows.length > 0;
  },
  async readCursor() {
    const [row] = await db.select().from(webhookDispatchCursor).where(eq(webhookDispatchCursor.id, 1));
    return row ? row.lastSeq : null;
  },
  async saveCursor(seq) {
    await db
      .insert(webhookDispatchCursor)
      .values({ id: 1, lastSeq: seq })
      .onConflictDoUpdate({
        target: webhookDispatchCursor.id,
        // Never backwards: a late retry of an older batch must not rewind the cursor.
        set: { lastSeq: sql`greatest(${webhookDispatchCursor.lastSeq}, excluded.last_seq)`, updatedAt: sql`now()` },
      });
  },
  async insertDeliveries(deliveries) {
    if (deliveries.length === 0) return;
    await db.insert(webhookDeliveries).values(deliveries).onConflictDoNothing();
  },
  async listDeliveriesForSeqs(afterSeq, upToSeq) {
    const rows = await db
      .select({ id: webhookDeliveries.id, series: webhookDeliveries.series, status: webhookDeliveries.status })
      .from(webhookDeliveries)
      .where(and(gt(webhookDeliveries.auditSeq, afterSeq), lte(webhookDeliveries.auditSeq, upToSeq)))
      .orderBy(asc(webhookDeliveries.auditSeq), asc(webhookDeliveries.id));
    return rows.map((r) => ({ ...r, status: r.status as TWebhookDeliveryStatus }));
  },
  async findDelivery(id) {
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
    return row ? toDelivery(row) : null;
  },
  async listDeliveries(endpointId, { limit, cursor, status }) {
    const rows = await db
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.endpointId, endpointId),
          status ? eq(webhookDeliveries.status, status) : undefined,
          afterDeliveryCursor(cursor),
        ),
      )
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(limit + 1);
    return pageOf(rows.map(toDelivery), limit, deliveryCursorOf);
  },
  async recordAttempt(result) {
    const inserted = await db
      .insert(webhookAttempts)
      .values({ ...result, at: new Date(result.at) })
      .onConflictDoNothing()
      .returning({ attempt: webhookAttempts.attempt });
    if (inserted.length === 0) return false;
    await db
      .update(webhookDeliveries)
      .set({
        status: result.outcome,
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        totalAttempts: sql`${webhookDeliveries.totalAttempts} + 1`,
        lastStatusCode: result.statusCode,
        lastLatencyMs: result.latencyMs,
        lastError: result.error,
        updatedAt: sql`now()`,
        ...(result.outcome === 'delivered' ? { deliveredAt: new Date(result.at) } : {}),
      })
      // An attempt of an older series (a redelivery took over) is logged but leaves the delivery alone.
      .where(and(eq(webhookDeliveries.id, result.deliveryId), eq(webhookDeliveries.series, result.series)));
    return true;
  },
  async restartDelivery(id) {
    const [row] = await db
      .update(webhookDeliveries)
      .set({
        series: sql`${webhookDeliveries.series} + 1`,
        status: 'pending',
        attempts: 0,
        updatedAt: sql`now()`,
      })
      .where(eq(webhookDeliveries.id, id))
      .returning({ series: webhookDeliveries.series });
    return row ? { series: row.series } : null;
  },
});

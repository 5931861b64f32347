import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// Signed webhooks (issue #7 §6). Secrets are stored sealed (AES-256-GCM under WEBHOOK_SECRET_KEY), never in clear.
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey(),
  url: text('url').notNull(),
  events: jsonb('events').notNull(),
  active: boolean('active').notNull(),
  description: text('description'),
  sealedSecret: text('sealed_secret').notNull(),
  previousSealedSecret: text('previous_sealed_secret'),
  previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
  // The audit seq of the event that registered it: only later events are delivered to it.
  sinceSeq: bigint('since_seq', { mode: 'number' }).notNull(),
  createdBy: text('created_by').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    auditSeq: bigint('audit_seq', { mode: 'number' }).notNull(),
    eventType: text('event_type').notNull(),
    // The exact body sent on every attempt, so a signature always covers the same bytes.
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    series: integer('series').notNull().default(1),
    attempts: integer('attempts').notNull().default(0),
    totalAttempts: integer('total_attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastLatencyMs: integer('last_latency_ms'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    unique('webhook_deliveries_event_uq').on(t.endpointId, t.auditSeq, t.eventType),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
    index('webhook_deliveries_seq_idx').on(t.auditSeq),
  ],
);

export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    series: integer('series').notNull(),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    outcome: text('outcome').notNull(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms'),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.series, t.attempt] })],
);

// One row: the last audit seq the dispatcher has turned into deliveries.
export const webhookDispatchCursor = pgTable('webhook_dispatch_cursor', {
  id: smallint('id').primaryKey().default(1),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

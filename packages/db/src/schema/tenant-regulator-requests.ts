import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { incidents } from './tenant-incidents.js';
import { aiSystems } from './tenant.js';

// Requests from government offices and regulators (issue #7 §5), in every tenant schema.

export const regulatorRequests = pgTable(
  'regulator_requests',
  {
    id: uuid('id').primaryKey(),
    authority: text('authority').notNull(),
    authorityName: text('authority_name'),
    kind: text('kind').notNull(),
    legalBasis: text('legal_basis'),
    reference: text('reference'),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
    responseDueAt: timestamp('response_due_at', { withTimezone: true, precision: 3 }),
    summary: text('summary').notNull(),
    ownerId: text('owner_id'),
    status: text('status').notNull().default('received'),
    response: jsonb('response'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('regulator_requests_status_idx').on(t.status),
    index('regulator_requests_due_idx').on(t.responseDueAt),
    check('regulator_requests_status_check', sql`${t.status} in ('received','in_progress','responded','closed')`),
    check(
      'regulator_requests_due_after_received',
      sql`${t.responseDueAt} is null or ${t.responseDueAt} >= ${t.receivedAt}`,
    ),
    // A responded or closed request carries the response it was answered with.
    check(
      'regulator_requests_response_check',
      sql`${t.status} not in ('responded','closed') or ${t.response} is not null`,
    ),
  ],
);

export const regulatorRequestSystems = pgTable(
  'regulator_request_systems',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => regulatorRequests.id),
    systemId: uuid('system_id')
      .notNull()
      .references(() => aiSystems.id),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.systemId] }),
    index('regulator_request_systems_system_idx').on(t.systemId),
  ],
);

export const regulatorRequestIncidents = pgTable(
  'regulator_request_incidents',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => regulatorRequests.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.incidentId] })],
);

export const regulatorRequestTimeline = pgTable(
  'regulator_request_timeline',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => regulatorRequests.id),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    kind: text('kind').notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    note: text('note').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.seq] })],
);

// One row per reminder or overdue notice sent: the key makes each happen once, however often the workflow retries.
export const regulatorRequestAlerts = pgTable(
  'regulator_request_alerts',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => regulatorRequests.id),
    alertKey: text('alert_key').notNull(),
    kind: text('kind').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.alertKey] })],
);

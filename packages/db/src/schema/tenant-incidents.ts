import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { aiSystems } from './tenant.js';

// Incident tables of every tenant schema (issue #7), re-exported by tenant.ts so drizzle-kit sees them.

export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    severity: text('severity').notNull(),
    categories: text('categories').array().notNull(),
    status: text('status').notNull().default('open'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }),
    detectedAt: timestamp('detected_at', { withTimezone: true, precision: 3 }).notNull(),
    awareAt: timestamp('aware_at', { withTimezone: true, precision: 3 }).notNull(),
    reporter: text('reporter'),
    containment: text('containment'),
    rootCause: text('root_cause'),
    correctiveActions: jsonb('corrective_actions').notNull(),
    personalData: jsonb('personal_data'),
    // The earliest dated regulatory clock, kept on every write so "overdue" is a plain comparison in SQL.
    nextDueAt: timestamp('next_due_at', { withTimezone: true, precision: 3 }),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('incidents_status_idx').on(t.status),
    index('incidents_next_due_idx').on(t.nextDueAt),
    check('incidents_severity_check', sql`${t.severity} in ('low','medium','high','critical')`),
    check('incidents_status_check', sql`${t.status} in ('open','contained','resolved','closed')`),
    check('incidents_aware_after_detected', sql`${t.awareAt} >= ${t.detectedAt}`),
  ],
);

// The AI systems an incident affects (same tenant: the foreign key cannot leave the schema).
export const incidentSystems = pgTable(
  'incident_systems',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    systemId: uuid('system_id')
      .notNull()
      .references(() => aiSystems.id),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.systemId] }), index('incident_systems_system_idx').on(t.systemId)],
);

export const incidentTimeline = pgTable(
  'incident_timeline',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    kind: text('kind').notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    note: text('note').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.seq] })],
);

// Reports filed with the regulator (or data subjects, or the controller) against an incident's clocks: one per
// clock kind, so a second filing of the same report is refused by the database as well as the use-case.
export const incidentFilings = pgTable(
  'incident_filings',
  {
    id: uuid('id').primaryKey(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    clockKind: text('clock_kind').notNull(),
    ruleId: text('rule_id').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true, precision: 3 }).notNull(),
    filedBy: text('filed_by').notNull(),
    channel: text('channel').notNull(),
    reference: text('reference'),
    note: text('note'),
    documentUrl: text('document_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('incident_filings_incident_clock_unique').on(t.incidentId, t.clockKind),
    check(
      'incident_filings_channel_check',
      sql`${t.channel} in ('ppc_online_form','email','post','in_person','other')`,
    ),
  ],
);

// Reminders and escalations the incidentResponse workflow has sent: the key makes each one happen once, however
// often a retried activity runs (a moved clock has a new dueAt, so it gets its reminders afresh).
export const incidentClockAlerts = pgTable(
  'incident_clock_alerts',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    clockKind: text('clock_kind').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }).notNull(),
    // 'remind:<days before>' or 'escalate'.
    alert: text('alert').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.clockKind, t.dueAt, t.alert] })],
);

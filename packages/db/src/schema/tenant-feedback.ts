import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { aiSystems } from './tenant.js';
import { incidents } from './tenant-incidents.js';

// Stakeholder feedback of every tenant schema (issue #7 §4).

// One row per tenant (id is always 1): absent means the channel was never turned on.
export const feedbackChannel = pgTable(
  'feedback_channel',
  {
    id: integer('id').primaryKey().default(1),
    enabled: boolean('enabled').notNull().default(false),
    systemIds: uuid('system_ids').array().notNull(),
    introJa: text('intro_ja').notNull().default(''),
    introEn: text('intro_en').notNull().default(''),
    // The last reference number handed out; bumped under the row lock, so two reports never share one.
    lastNumber: integer('last_number').notNull().default(0),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('feedback_channel_single_row', sql`${t.id} = 1`)],
);

export const feedbackReports = pgTable(
  'feedback_reports',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    systemId: uuid('system_id').references(() => aiSystems.id),
    message: text('message').notNull(),
    language: text('language').notNull(),
    contact: text('contact'),
    category: text('category'),
    status: text('status').notNull().default('new'),
    // A salted hash of the sender's address: enough to see a flood, never the address itself.
    ipHash: text('ip_hash').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
    triagedAt: timestamp('triaged_at', { withTimezone: true, precision: 3 }),
    triagedBy: text('triaged_by'),
    dismissReason: text('dismiss_reason'),
    incidentId: uuid('incident_id').references(() => incidents.id),
  },
  (t) => [
    index('feedback_reports_status_idx').on(t.status, t.id),
    index('feedback_reports_system_idx').on(t.systemId),
    check('feedback_reports_status_check', sql`${t.status} in ('new','dismissed','linked','promoted')`),
    check('feedback_reports_language_check', sql`${t.language} in ('ja','en')`),
  ],
);

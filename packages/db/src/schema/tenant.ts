import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Tenant tables are unqualified: they resolve only inside withTenant(), whose transaction sets search_path.
export const businessUnits = pgTable('business_units', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const roleDefinitions = pgTable('role_definitions', {
  role: text('role').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameJa: text('name_ja').notNull(),
});

export const tenantPolicy = pgTable('tenant_policy', {
  id: smallint('id').primaryKey(),
  policy: jsonb('policy').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const aiSystems = pgTable(
  'ai_systems',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    businessUnitId: uuid('business_unit_id').references(() => businessUnits.id),
    ownerId: uuid('owner_id'),
    lifecycleState: text('lifecycle_state').notNull().default('draft'),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    profile: jsonb('profile').notNull(),
    vendor: text('vendor'),
    modelName: text('model_name'),
    deploymentRegions: text('deployment_regions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    riskTier: text('risk_tier'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ai_systems_owner_idx').on(t.ownerId),
    index('ai_systems_business_unit_idx').on(t.businessUnitId),
    check(
      'ai_systems_lifecycle_state_check',
      sql`${t.lifecycleState} in ('draft','assessment','signoff','active','review','suspended','retired')`,
    ),
    check('ai_systems_risk_tier_check', sql`${t.riskTier} is null or ${t.riskTier} in ('low','medium','high')`),
  ],
);

// Append-only and hash-chained; the application role holds only SELECT and INSERT on it.
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    requestId: text('request_id'),
    changeDigest: text('change_digest').notNull(),
    data: jsonb('data').notNull(),
    dedupeKey: text('dedupe_key').unique(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_target_idx').on(t.targetType, t.targetId)],
);

// One chain head per tenant, locked while appending so sequence numbers never fork.
export const auditHead = pgTable('audit_head', {
  id: smallint('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
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

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

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
    roleDetermination: jsonb('role_determination'),
    risk: jsonb('risk'),
    // The last lifecycle transition applied by the workflow; replays of older ones are no-ops.
    workflowSeq: integer('workflow_seq').notNull().default(0),
    currentAssessmentId: uuid('current_assessment_id'),
    nextReviewAt: timestamp('next_review_at', { withTimezone: true }),
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

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => aiSystems.id),
    cycle: integer('cycle').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('in_progress'),
    catalogVersions: jsonb('catalog_versions').notNull(),
    requirements: jsonb('requirements').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    snapshotHash: text('snapshot_hash'),
    snapshot: jsonb('snapshot'),
    risk: jsonb('risk'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('assessments_system_cycle_unique').on(t.systemId, t.cycle),
    check(
      'assessments_status_check',
      sql`${t.status} in ('in_progress','submitted','approved','rejected','superseded')`,
    ),
  ],
);

// Every snapshot submitted for sign-off, as it was sealed: a resubmission after a rejection adds a row and never
// overwrites one (the application role may only insert and read), so a dossier of any time shows what was signed.
export const assessmentSnapshots = pgTable(
  'assessment_snapshots',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    snapshotHash: text('snapshot_hash').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    risk: jsonb('risk').notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.snapshotHash] })],
);

export const assessmentAnswers = pgTable(
  'assessment_answers',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    requirementId: text('requirement_id').notNull(),
    answer: jsonb('answer').notNull(),
    carriedForward: boolean('carried_forward').notNull().default(false),
    confirmed: boolean('confirmed').notNull().default(true),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.requirementId] })],
);

export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => aiSystems.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    url: text('url'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    sizeBytes: integer('size_bytes'),
    sha256: text('sha256'),
    content: bytea('content'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_system_idx').on(t.systemId)],
);

export const signOffs = pgTable(
  'sign_offs',
  {
    id: uuid('id').primaryKey(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => aiSystems.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    snapshotHash: text('snapshot_hash').notNull(),
    decision: text('decision').notNull(),
    conditions: jsonb('conditions').notNull(),
    attestation: text('attestation').notNull(),
    comment: text('comment'),
    signerId: text('signer_id').notNull(),
    signerName: text('signer_name').notNull(),
    submittedBy: text('submitted_by').notNull(),
    authMethod: text('auth_method').notNull(),
    authenticatedAt: timestamp('authenticated_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // One decision per signer per snapshot: a rejected assessment, fixed and resubmitted, is decided afresh.
    unique('sign_offs_assessment_signer_snapshot_unique').on(t.assessmentId, t.signerId, t.snapshotHash),
    // Segregation of duties, held by the database as well as the API and the workflow.
    check('sign_offs_segregation_of_duties', sql`${t.signerId} <> ${t.submittedBy}`),
    check('sign_offs_decision_check', sql`${t.decision} in ('approve','approve_with_conditions','reject')`),
  ],
);

export const riskLog = pgTable(
  'risk_log',
  {
    id: uuid('id').primaryKey(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => aiSystems.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    requirementId: text('requirement_id').notNull(),
    description: text('description').notNull(),
    ownerId: text('owner_id').notNull(),
    dueDate: date('due_date').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('risk_log_assessment_requirement_unique').on(t.assessmentId, t.requirementId)],
);

export const lifecycleTransitions = pgTable(
  'lifecycle_transitions',
  {
    systemId: uuid('system_id')
      .notNull()
      .references(() => aiSystems.id),
    seq: integer('seq').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    action: text('action').notNull(),
    actorId: text('actor_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.systemId, t.seq] })],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    recipientId: text('recipient_id').notNull(),
    systemId: uuid('system_id'),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_recipient_idx').on(t.recipientId, t.createdAt)],
);

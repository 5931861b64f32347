import type { Deps, TenantRepos } from '@kizuna/domain';
import type pg from 'pg';
import { createDb, type Db, type Tx } from './connection.js';
import { createAiSystemRepo } from './repositories/ai-system-repo.js';
import { createApiKeyRepo } from './repositories/api-key-repo.js';
import { createAssessmentRepo } from './repositories/assessment-repo.js';
import { createAuditRepo } from './repositories/audit-repo.js';
import { createEvidenceRepo } from './repositories/evidence-repo.js';
import { createFeedbackRepo } from './repositories/feedback-repo.js';
import { createIncidentAlertRepo } from './repositories/incident-alert-repo.js';
import { createIncidentFilingRepo } from './repositories/incident-filing-repo.js';
import { createIncidentRepo } from './repositories/incident-repo.js';
import { createLifecycleRepo } from './repositories/lifecycle-repo.js';
import { createLoginThrottle } from './repositories/login-throttle.js';
import { createNotificationRepo } from './repositories/notification-repo.js';
import { createRegulatorRequestAlertRepo } from './repositories/regulator-request-alert-repo.js';
import { createRegulatorRequestRepo } from './repositories/regulator-request-repo.js';
import { createRiskLogRepo } from './repositories/risk-log-repo.js';
import { createSignOffRepo } from './repositories/sign-off-repo.js';
import { createSnapshotRepo } from './repositories/snapshot-repo.js';
import { createTenantDirectory } from './repositories/tenant-directory.js';
import { createBusinessUnitRepo, createTenantSetupRepo } from './repositories/tenant-setup-repo.js';
import { createUserDirectory, upsertMembershipRow } from './repositories/user-directory.js';
import { createWebhookRepo } from './repositories/webhook-repo.js';
import { withTenant } from './tenancy/with-tenant.js';

const bindTenantRepos = (tx: Tx, schemaName: string): TenantRepos => ({
  setup: createTenantSetupRepo(tx),
  memberships: { upsert: (m) => upsertMembershipRow(tx, m) },
  aiSystems: createAiSystemRepo(tx),
  audit: createAuditRepo(tx, schemaName),
  apiKeys: createApiKeyRepo(tx),
  businessUnits: createBusinessUnitRepo(tx),
  assessments: createAssessmentRepo(tx),
  snapshots: createSnapshotRepo(tx),
  evidence: createEvidenceRepo(tx),
  signOffs: createSignOffRepo(tx),
  riskLog: createRiskLogRepo(tx),
  lifecycle: createLifecycleRepo(tx),
  notifications: createNotificationRepo(tx),
  incidents: createIncidentRepo(tx),
  feedback: createFeedbackRepo(tx),
  regulatorRequests: createRegulatorRequestRepo(tx),
  regulatorRequestAlerts: createRegulatorRequestAlertRepo(tx),
  webhooks: createWebhookRepo(tx),
  incidentFilings: createIncidentFilingRepo(tx),
  incidentAlerts: createIncidentAlertRepo(tx),
});

// Wires the repositories over the application role's pool: control-plane repos directly, tenant repos
// only inside withTenant().
export const createDeps = (
  appPool: pg.Pool,
  now: () => Date = () => new Date(),
  production = process.env.NODE_ENV === 'production',
): Deps & { db: Db } => {
  const db = createDb(appPool);
  return {
    db,
    production,
    control: {
      tenants: createTenantDirectory(db),
      users: createUserDirectory(db),
      apiKeys: createApiKeyRepo(db),
      attempts: createLoginThrottle(db),
    },
    runInTenant: (tenant, fn) => withTenant(db, tenant, (tx) => fn(bindTenantRepos(tx, tenant.schemaName))),
    now,
  };
};

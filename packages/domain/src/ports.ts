import type { ApiKeyRepo } from './api-keys/api-key-ports.js';
import type { AssessmentRepo, EvidenceRepo, RiskLogRepo, SnapshotRepo } from './assessments/assessment-ports.js';
import type { AuditRepo } from './audit/audit-ports.js';
import type { FeedbackRepo } from './feedback/feedback-ports.js';
import type { IncidentFilingRepo } from './incidents/incident-filing-ports.js';
import type { IncidentRepo } from './incidents/incident-ports.js';
import type { IncidentAlertRepo } from './incidents/incident-response-ports.js';
import type { AttemptThrottle } from './identity/attempt-throttle-ports.js';
import type { MembershipRecord, UserDirectory } from './identity/identity-ports.js';
import type { AiSystemRepo } from './inventory/inventory-ports.js';
import type { LifecycleGateway, LifecycleRepo } from './lifecycle/lifecycle-ports.js';
import type { NotificationRepo } from './notifications/notification-ports.js';
import type { RegulatorRequestAlertRepo, RegulatorRequestRepo } from './regulator-requests/regulator-request-ports.js';
import type { SignOffRepo } from './sign-offs/sign-off-ports.js';
import type { BusinessUnitRepo, TenantDirectory, TenantRecord, TenantSetupRepo } from './tenants/tenant-ports.js';
import type { WebhookRepo } from './webhooks/webhook-ports.js';

// What every use-case receives: the repositories of each capability (declared in its own *-ports.ts), assembled.
// packages/db implements them; domain never touches SQL.
export type TenantRepos = {
  setup: TenantSetupRepo;
  memberships: { upsert(membership: MembershipRecord): Promise<void> };
  aiSystems: AiSystemRepo;
  audit: AuditRepo;
  apiKeys: ApiKeyRepo;
  businessUnits: BusinessUnitRepo;
  assessments: AssessmentRepo;
  snapshots: SnapshotRepo;
  evidence: EvidenceRepo;
  signOffs: SignOffRepo;
  riskLog: RiskLogRepo;
  lifecycle: LifecycleRepo;
  notifications: NotificationRepo;
  incidents: IncidentRepo;
  feedback: FeedbackRepo;
  regulatorRequests: RegulatorRequestRepo;
  regulatorRequestAlerts: RegulatorRequestAlertRepo;
  webhooks: WebhookRepo;
  incidentFilings: IncidentFilingRepo;
  incidentAlerts: IncidentAlertRepo;
};

export type ControlRepos = {
  tenants: TenantDirectory;
  users: UserDirectory;
  apiKeys: ApiKeyRepo;
  // Password attempts (logins and the step-up of sign-off), counted across replicas.
  attempts: AttemptThrottle;
};

export type Deps = {
  control: ControlRepos;
  runInTenant<T>(tenant: TenantRecord, fn: (repos: TenantRepos) => Promise<T>): Promise<T>;
  now(): Date;
  // Whether this runs in production, where what only local development needs (plain-http links) is refused.
  // Left out, the domain assumes production.
  production?: boolean;
};

// Use-cases that drive the lifecycle workflow also need its gateway.
export type GovernanceDeps = Deps & { lifecycle: LifecycleGateway };

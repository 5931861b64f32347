// Public surface of the domain: the use-cases (the API's and the workflow activities' bodies), the ports packages/db
// implements, and the types and errors callers handle. Rules and writers used only inside the domain stay unexported.
// The pure lifecycle state machine is the separate entry `@kizuna/domain/lifecycle` (lifecycle/machine/index.ts).

// Cross-cutting
export { AppError, isAppError, type AppErrorOptions, type ErrorCode, type FieldError } from './errors/app-error.js';
export { redactErrorText } from './errors/redact-error-text.js';
export { newId } from './ids/new-id.js';
export { actorIdOf, type RequestContext } from './context.js';
export type { Page, PageRequest } from './page.js';
export type { ControlRepos, Deps, GovernanceDeps, TenantRepos } from './ports.js';

// tenants
export type {
  BusinessUnitRepo,
  SchemaMigrator,
  TenantDirectory,
  TenantRecord,
  TenantSetupRepo,
} from './tenants/tenant-ports.js';
export { assertSchemaName, schemaNameFor } from './tenants/tenant-schema-name.js';
export { registerTenant } from './tenants/register-tenant.js';
export { seedTenant } from './tenants/seed-tenant.js';
export { activateTenant } from './tenants/activate-tenant.js';
export { migrateTenant } from './tenants/migrate-tenant.js';

// identity
export type { MembershipRecord, UserDirectory, UserRecord } from './identity/identity-ports.js';
export type { AttemptLimit, AttemptReservation, AttemptThrottle } from './identity/attempt-throttle-ports.js';
export { reserveAttempts, type AttemptBudget } from './identity/reserve-attempts.js';
export { authenticatePassword } from './identity/authenticate-password.js';
export { getSessionInfo } from './identity/get-session-info.js';
export { resolveUserContext } from './identity/resolve-user-context.js';
export { resolveApiKeyContext } from './identity/resolve-api-key-context.js';
export { ensureUser } from './identity/ensure-user.js';
export { grantMembership } from './identity/grant-membership.js';
export { getMe } from './identity/get-me.js';
export { listMembers } from './identity/list-members.js';

// api-keys
export type { ApiKeyRecord, ApiKeyRepo } from './api-keys/api-key-ports.js';
export { authenticateApiKey } from './api-keys/authenticate-api-key.js';
export { createApiKey } from './api-keys/create-api-key.js';
export { listApiKeys } from './api-keys/list-api-keys.js';
export { revokeApiKey } from './api-keys/revoke-api-key.js';

// audit (the hash functions are public: packages/db computes the chain head inside its insert)
export type { AuditHead, AuditRepo } from './audit/audit-ports.js';
export {
  computeAuditHash,
  digestChange,
  GENESIS_HASH,
  type AuditActor,
  type AuditEntry,
  type ChainedAuditFields,
} from './audit/audit-hash.js';
export { toCanonicalJson } from './audit/canonical-json.js';
export { listAuditEvents } from './audit/list-audit-events.js';
export { verifyAuditChain } from './audit/verify-audit-chain.js';

// catalog
export { listCatalogFrameworks } from './catalog/list-catalog-frameworks.js';
export { getCatalogVersion } from './catalog/get-catalog-version.js';
export { diffCatalogVersions } from './catalog/diff-catalog-versions.js';

// inventory
export type { AiSystemRepo, NewAiSystem } from './inventory/inventory-ports.js';
export { createAiSystem } from './inventory/create-ai-system.js';
export { registerAiSystem } from './inventory/register-ai-system.js';
export { getAiSystem } from './inventory/get-ai-system.js';
export { listAiSystems } from './inventory/list-ai-systems.js';
export { updateAiSystem, type UpdateAiSystemInput } from './inventory/update-ai-system.js';
export { determineSystemRoles } from './inventory/determine-system-roles.js';
export { getRoleDetermination } from './inventory/get-role-determination.js';

// policy
export { computeRiskTier, type RiskAssessment, type RiskFactor, type RiskTier } from './policy/compute-risk-tier.js';
export type { EvidenceKind, TenantPolicyOverrides, TierPolicy } from './policy/resolve-tier-policy.js';
export { getTenantPolicy } from './policy/get-tenant-policy.js';
export { updateTenantPolicy } from './policy/update-tenant-policy.js';

// assessments (openAssessmentCycle, sealAssessment and setAssessmentStatus are workflow activity bodies)
export type {
  AssessmentRecord,
  AssessmentRepo,
  EvidenceRepo,
  RequirementSnapshot,
  RiskLogEntry,
  RiskLogRepo,
  SnapshotRepo,
  StoredAnswer,
  StoredSnapshot,
} from './assessments/assessment-ports.js';
export { startAssessment } from './assessments/start-assessment.js';
export { getAssessment } from './assessments/get-assessment.js';
export { listAssessments } from './assessments/list-assessments.js';
export { saveAnswers } from './assessments/save-answers.js';
export { addEvidence } from './assessments/add-evidence.js';
export { listEvidence } from './assessments/list-evidence.js';
export { listRiskLog } from './assessments/list-risk-log.js';
export { submitAssessment } from './assessments/submit-assessment.js';
export { openAssessmentCycle } from './assessments/open-assessment-cycle.js';
export { sealAssessment } from './assessments/seal-assessment.js';
export { setAssessmentStatus } from './assessments/set-assessment-status.js';

// sign-offs (recordSignOff and applyDecision are workflow activity bodies)
export type {
  ApplyDecisionInput,
  AwaitingDecision,
  AwaitingDecisionQuery,
  RecordSignOffInput,
  SignOffRecord,
  SignOffRepo,
} from './sign-offs/sign-off-ports.js';
export { decideSignOff } from './sign-offs/decide-sign-off.js';
export { listPendingSignOffs } from './sign-offs/list-pending-sign-offs.js';
export { listSystemSignOffs } from './sign-offs/list-system-sign-offs.js';
export { recordSignOff } from './sign-offs/record-sign-off.js';
export { applyDecision } from './sign-offs/apply-decision.js';

// lifecycle (applyLifecycleTransition is a workflow activity body)
export type {
  LifecycleActor,
  LifecycleGateway,
  LifecycleLiveState,
  LifecycleRepo,
  LifecycleStart,
  LifecycleUpdate,
  TransitionInput,
  TransitionRecord,
} from './lifecycle/lifecycle-ports.js';
export { runSystemAction } from './lifecycle/run-system-action.js';
export { fulfilCondition } from './lifecycle/fulfil-condition.js';
export { getLifecycle } from './lifecycle/get-lifecycle.js';
export { applyLifecycleTransition } from './lifecycle/apply-lifecycle-transition.js';
export { reconcileLifecycles } from './lifecycle/reconcile-lifecycles.js';

// notifications (notifyRecipients is a workflow activity body)
export type { NotificationRecord, NotificationRepo, NotifyInput } from './notifications/notification-ports.js';
export { notifyRecipients } from './notifications/notify-recipients.js';
export { listMyNotifications } from './notifications/list-my-notifications.js';
export { markNotificationRead } from './notifications/mark-notification-read.js';

// dossier
export { getDossier } from './dossier/get-dossier.js';

// Incidents: reportability and regulatory clocks (pure).
export {
  computeRegulatoryClocks,
  type ClockInput,
  type RegulatoryClock,
} from './incidents/compute-regulatory-clocks.js';
export {
  determineReportability,
  type IncidentPersonalData,
  type Reportability,
} from './incidents/determine-reportability.js';
export { JAPANESE_PERIOD_BASIS, endOfJapanesePeriod, tokyoDateOf } from './incidents/japanese-period.js';
// Incidents: the register (use-cases and the repository port).
export type {
  IncidentChange,
  IncidentFacts,
  IncidentListQuery,
  IncidentRecord,
  IncidentRepo,
  NewIncident,
  NewTimelineEntry,
} from './incidents/incident-ports.js';
export { createIncident } from './incidents/create-incident.js';
export { getIncident } from './incidents/get-incident.js';
export { listIncidents } from './incidents/list-incidents.js';
export { updateIncident, type UpdateIncidentInput } from './incidents/update-incident.js';
export type { FeedbackRecord, FeedbackRepo, FeedbackTriage, NewFeedback } from './feedback/feedback-ports.js';
export { getFeedbackChannel } from './feedback/get-feedback-channel.js';
export { updateFeedbackChannel } from './feedback/update-feedback-channel.js';
export { getPublicFeedbackChannel } from './feedback/get-public-feedback-channel.js';
export {
  submitFeedback,
  formatFeedbackReference,
  FEEDBACK_CHANNEL_ACTOR,
  type SubmitFeedbackInput,
} from './feedback/submit-feedback.js';
export { listFeedback } from './feedback/list-feedback.js';
export { getFeedback } from './feedback/get-feedback.js';
export { dismissFeedback } from './feedback/dismiss-feedback.js';
export { linkFeedback } from './feedback/link-feedback.js';
export { promoteFeedback } from './feedback/promote-feedback.js';
// Requests from government and regulators: the register, its reminders' activity and the gateway port.
export type {
  NewRegulatorRequest,
  NewRegulatorTimelineEntry,
  RegulatorRequestAlertRepo,
  RegulatorRequestChange,
  RegulatorRequestFacts,
  RegulatorRequestListQuery,
  RegulatorRequestRecord,
  RegulatorRequestReminders,
  RegulatorRequestRepo,
} from './regulator-requests/regulator-request-ports.js';
export type { RegulatorRequestDeps } from './regulator-requests/regulator-request-deps.js';
export { createRegulatorRequest } from './regulator-requests/create-regulator-request.js';
export { getRegulatorRequest } from './regulator-requests/get-regulator-request.js';
export { listRegulatorRequests } from './regulator-requests/list-regulator-requests.js';
export {
  updateRegulatorRequest,
  type UpdateRegulatorRequestInput,
} from './regulator-requests/update-regulator-request.js';
export {
  sendRegulatorRequestAlert,
  type RegulatorRequestAlertInput,
  type RegulatorRequestAlertResult,
} from './regulator-requests/send-regulator-request-alert.js';
export { reconcileRegulatorRequestReminders } from './regulator-requests/reconcile-request-reminders.js';

// webhooks (collectWebhookEvents and attemptWebhookDelivery are workflow activity bodies)
export type {
  NewWebhookDelivery,
  NewWebhookEndpoint,
  WebhookAttemptResult,
  WebhookDeliveryRecord,
  WebhookEndpointChange,
  WebhookEndpointRecord,
  WebhookGateway,
  WebhookRepo,
  WebhookSecretBox,
  WebhookSender,
} from './webhooks/webhook-ports.js';
export type { WebhookDeliveryDeps, WebhookDeps } from './webhooks/webhook-deps.js';
export {
  createWebhookSecretBox,
  DEVELOPMENT_WEBHOOK_SECRET_KEY,
  generateWebhookSecret,
} from './webhooks/webhook-secret-box.js';
export { signWebhookPayload, verifyWebhookSignature, type SignatureCheck } from './webhooks/sign-webhook-payload.js';
export { checkDeliveryAddress, classifyAddress, type AddressPolicy } from './webhooks/check-delivery-address.js';
export { createWebhookEndpoint } from './webhooks/create-webhook-endpoint.js';
export { listWebhookEndpoints } from './webhooks/list-webhook-endpoints.js';
export { getWebhookEndpoint } from './webhooks/get-webhook-endpoint.js';
export { updateWebhookEndpoint, type UpdateWebhookEndpointInput } from './webhooks/update-webhook-endpoint.js';
export { deleteWebhookEndpoint } from './webhooks/delete-webhook-endpoint.js';
export { rotateWebhookSecret } from './webhooks/rotate-webhook-secret.js';
export { listWebhookDeliveries } from './webhooks/list-webhook-deliveries.js';
export { redeliverWebhook } from './webhooks/redeliver-webhook.js';
export { collectWebhookEvents } from './webhooks/collect-webhook-events.js';
export { attemptWebhookDelivery } from './webhooks/attempt-webhook-delivery.js';
export type { FiledClock } from './incidents/incident-ports.js';
export type { IncidentFilingRepo, NewIncidentFiling } from './incidents/incident-filing-ports.js';
export type {
  ClockAlertInput,
  IncidentAlertRepo,
  IncidentRef,
  IncidentResponseDeps,
  IncidentResponseGateway,
  IncidentResponseInput,
} from './incidents/incident-response-ports.js';
export { DEFAULT_REMINDER_DAYS, readIncidentResponse } from './incidents/read-incident-response.js';
export { sendClockAlert } from './incidents/send-clock-alert.js';
export { findIncidentsDue, type FindIncidentsDueInput } from './incidents/find-incidents-due.js';
export { createIncidentFiling, type CreateIncidentFilingInput } from './incidents/create-incident-filing.js';
export { listIncidentFilings } from './incidents/list-incident-filings.js';

import type { Action, RecordSubjectType } from '@kizuna/authz';
import type { OperationId } from './operations.js';

/** What an operation asks of the permission model: the action on the subject its use-case authorizes. */
export type OperationPermission = {
  action: Action;
  subject: RecordSubjectType;
  /** A list, one record (404 when it may not be read), or a record being created. */
  target: 'collection' | 'record' | 'new';
  /** A list that filters out what the caller may not see, instead of refusing. */
  filtered?: boolean;
};

/**
 * Each operation's permission, read from the use-case it calls. Typed over every OperationId, so an operation
 * without one does not compile. The OpenAPI document derives each operation's API-key scopes from it
 * (`scopesGranting`), and the authorization walk holds the running API to it.
 * Everything under /ai-systems/{id} first needs `read AiSystem` (404 otherwise), then the permission named here.
 */
export const OPERATION_PERMISSIONS: Record<OperationId, OperationPermission | 'none' | 'not tenant-scoped'> = {
  getCsrfToken: 'not tenant-scoped',
  login: 'not tenant-scoped',
  logout: 'not tenant-scoped',
  getSession: 'not tenant-scoped',
  listFrameworks: 'not tenant-scoped',
  getFrameworkVersion: 'not tenant-scoped',
  diffCatalog: 'not tenant-scoped',
  getMe: 'none',
  listAiSystems: { action: 'read', subject: 'AiSystem', target: 'collection' },
  getAiSystem: { action: 'read', subject: 'AiSystem', target: 'record' },
  createAiSystem: { action: 'create', subject: 'AiSystem', target: 'new' },
  updateAiSystem: { action: 'update', subject: 'AiSystem', target: 'record' },
  listApiKeys: { action: 'read', subject: 'ApiKey', target: 'collection' },
  createApiKey: { action: 'create', subject: 'ApiKey', target: 'new' },
  revokeApiKey: { action: 'revoke', subject: 'ApiKey', target: 'record' },
  listAuditEvents: { action: 'read', subject: 'AuditEvent', target: 'collection' },
  verifyAuditEvents: { action: 'verify', subject: 'AuditEvent', target: 'collection' },
  // Governance. Starting the first assessment and role determination check `update AiSystem`; the lifecycle
  // actions an edit cannot undo have permissions of their own (retire, reinstate, review, fulfil a condition).
  // The per-system lists read like a record (404 when denied).
  getRoleDetermination: { action: 'read', subject: 'AiSystem', target: 'record' },
  determineRoles: { action: 'update', subject: 'AiSystem', target: 'record' },
  getLifecycle: { action: 'read', subject: 'AiSystem', target: 'record' },
  startAssessment: { action: 'update', subject: 'AiSystem', target: 'record' },
  openReview: { action: 'review', subject: 'AiSystem', target: 'record' },
  fulfilCondition: { action: 'fulfil', subject: 'Condition', target: 'record' },
  retireSystem: { action: 'retire', subject: 'AiSystem', target: 'record' },
  reinstateSystem: { action: 'reinstate', subject: 'AiSystem', target: 'record' },
  listAssessments: { action: 'read', subject: 'Assessment', target: 'record' },
  getAssessment: { action: 'read', subject: 'Assessment', target: 'record' },
  listRiskLog: { action: 'read', subject: 'Assessment', target: 'record' },
  saveAnswers: { action: 'update', subject: 'Assessment', target: 'record' },
  submitAssessment: { action: 'submit', subject: 'Assessment', target: 'record' },
  listEvidence: { action: 'read', subject: 'Evidence', target: 'record' },
  addEvidence: { action: 'create', subject: 'Evidence', target: 'new' },
  listSystemSignOffs: { action: 'read', subject: 'SignOff', target: 'record' },
  getDossier: { action: 'read', subject: 'SignOff', target: 'record' },
  decideSignOff: { action: 'decide', subject: 'SignOff', target: 'record' },
  listSignOffs: { action: 'decide', subject: 'SignOff', target: 'collection', filtered: true },
  listNotifications: { action: 'read', subject: 'Notification', target: 'collection', filtered: true },
  // Marking read is reading one's own notification (no separate grant): someone else's answers 404.
  markNotificationRead: { action: 'read', subject: 'Notification', target: 'record' },
  getTenantPolicy: { action: 'read', subject: 'TenantPolicy', target: 'collection' },
  updateTenantPolicy: { action: 'manage', subject: 'TenantPolicy', target: 'record' },
  listMembers: { action: 'read', subject: 'Member', target: 'collection' },
  // Incidents. A system owner's grants hold for an incident linked to one of their systems.
  listIncidents: { action: 'read', subject: 'Incident', target: 'collection' },
  getIncident: { action: 'read', subject: 'Incident', target: 'record' },
  createIncident: { action: 'create', subject: 'Incident', target: 'new' },
  updateIncident: { action: 'update', subject: 'Incident', target: 'record' },
  // Stakeholder feedback. Triage (dismiss, link, promote) is `update Feedback`; promoting also creates an incident.
  getFeedbackChannel: { action: 'read', subject: 'FeedbackChannel', target: 'collection' },
  updateFeedbackChannel: { action: 'update', subject: 'FeedbackChannel', target: 'record' },
  listFeedback: { action: 'read', subject: 'Feedback', target: 'collection' },
  getFeedback: { action: 'read', subject: 'Feedback', target: 'record' },
  dismissFeedback: { action: 'update', subject: 'Feedback', target: 'record' },
  linkFeedback: { action: 'update', subject: 'Feedback', target: 'record' },
  promoteFeedback: { action: 'update', subject: 'Feedback', target: 'record' },
  getPublicFeedbackChannel: 'not tenant-scoped',
  submitFeedback: 'not tenant-scoped',
  // Requests from authorities. A system owner reads those linked to one of their systems (the list filters).
  listRegulatorRequests: { action: 'read', subject: 'RegulatorRequest', target: 'collection' },
  getRegulatorRequest: { action: 'read', subject: 'RegulatorRequest', target: 'record' },
  createRegulatorRequest: { action: 'create', subject: 'RegulatorRequest', target: 'new' },
  updateRegulatorRequest: { action: 'update', subject: 'RegulatorRequest', target: 'record' },
  // Webhooks: tenant admins manage endpoints; auditors read them and their delivery logs.
  listWebhookEndpoints: { action: 'read', subject: 'WebhookEndpoint', target: 'collection' },
  createWebhookEndpoint: { action: 'create', subject: 'WebhookEndpoint', target: 'new' },
  getWebhookEndpoint: { action: 'read', subject: 'WebhookEndpoint', target: 'record' },
  updateWebhookEndpoint: { action: 'update', subject: 'WebhookEndpoint', target: 'record' },
  deleteWebhookEndpoint: { action: 'delete', subject: 'WebhookEndpoint', target: 'record' },
  rotateWebhookSecret: { action: 'update', subject: 'WebhookEndpoint', target: 'record' },
  listWebhookDeliveries: { action: 'read', subject: 'WebhookEndpoint', target: 'record' },
  redeliverWebhook: { action: 'update', subject: 'WebhookEndpoint', target: 'record' },
  // Filing a report changes the incident's clocks: who may update the incident.
  listIncidentFilings: { action: 'read', subject: 'Incident', target: 'record' },
  createIncidentFiling: { action: 'update', subject: 'Incident', target: 'record' },
};

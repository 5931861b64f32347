// The incidentResponse workflow as the use-cases see it (workflows/src/clients implements it over Temporal). The
// database is the truth: each call only tells the incident's workflow to re-read it, starting the workflow if
// none runs (a lost run, or a reopened incident).
export type IncidentRef = { tenantId: string; incidentId: string };

export type IncidentResponseGateway = {
  ensureStarted(ref: IncidentRef): Promise<void>;
  refresh(ref: IncidentRef): Promise<void>;
  close(ref: IncidentRef): Promise<void>;
};

export type IncidentResponseDeps = { incidentResponse?: IncidentResponseGateway };

export type { IncidentResponseInput } from './response/response-model.js';

/** One reminder or escalation of one clock at one deadline. */
export type ClockAlertInput = IncidentRef & {
  clockKind: string;
  dueAt: string;
  alert: { kind: 'remind'; daysBefore: number } | { kind: 'escalate' };
};

// Reminders and escalations sent, each once (packages/db implements it over a unique key).
export type IncidentAlertRepo = {
  // true when this call recorded it; false when it had been recorded before (a retried activity).
  recordOnce(alert: { incidentId: string; clockKind: string; dueAt: string; alert: string }): Promise<boolean>;
};

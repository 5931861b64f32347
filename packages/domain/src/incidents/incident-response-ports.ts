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

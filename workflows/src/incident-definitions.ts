import { defineSignal } from '@temporalio/workflow';

// Messages of the incidentResponse workflow, shared by the workflow (sandboxed) and the gateway; the input type
// comes from the domain's response machine.
export type { IncidentResponseInput } from '@kizuna/domain/incidents-response';

export const incidentResponseWorkflowId = (tenantId: string, incidentId: string) =>
  `tenant/${tenantId}/incident/${incidentId}`;

// "Read the incident again": facts, filings or status changed. Carries nothing: the database is the truth.
export const refreshIncidentSignal = defineSignal('refresh');

export const DEFAULT_INCIDENT_DAY_MS = 86_400_000;

export const INCIDENT_SWEEP_WORKFLOW_ID = 'platform/incident-sweep';

export type IncidentSweepInput = {
  dayMs: number;
  /** Pause between sweeps. */
  everyMs: number;
  /** One sweep and done (tests, or an operator's manual run). */
  once?: boolean;
  tenantIds?: string[];
};

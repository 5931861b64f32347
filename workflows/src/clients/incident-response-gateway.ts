import type { IncidentResponseGateway } from '@kizuna/domain';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { TASK_QUEUE, TENANT_ID_ATTRIBUTE } from '../definitions.js';
import {
  DEFAULT_INCIDENT_DAY_MS,
  INCIDENT_SWEEP_WORKFLOW_ID,
  incidentResponseWorkflowId,
  refreshIncidentSignal,
  type IncidentResponseInput,
} from '../incident-definitions.js';
import type { incidentResponse, incidentSweep } from '../workflows.js';

// The incidentResponse workflows over Temporal. Every message is a signal-with-start, so a run that was lost (or
// completed when the incident closed, then reopened) is started again by the next change.
export const createIncidentResponseGateway = (
  client: Client,
  options: { dayMs?: number } = {},
): IncidentResponseGateway => {
  const dayMs = options.dayMs ?? DEFAULT_INCIDENT_DAY_MS;
  const signalWithStart = async (tenantId: string, incidentId: string) => {
    await client.workflow.signalWithStart<typeof incidentResponse, []>('incidentResponse', {
      taskQueue: TASK_QUEUE,
      workflowId: incidentResponseWorkflowId(tenantId, incidentId),
      args: [{ tenantId, incidentId, dayMs } satisfies IncidentResponseInput],
      signal: refreshIncidentSignal,
      signalArgs: [],
      typedSearchAttributes: [{ key: TENANT_ID_ATTRIBUTE, value: tenantId }],
    });
  };
  return {
    ensureStarted: ({ tenantId, incidentId }) => signalWithStart(tenantId, incidentId),
    refresh: ({ tenantId, incidentId }) => signalWithStart(tenantId, incidentId),
    async close({ tenantId, incidentId }) {
      // A closed incident needs no new run: tell the open one, if any, to read the status and complete.
      try {
        await client.workflow.getHandle(incidentResponseWorkflowId(tenantId, incidentId)).signal(refreshIncidentSignal);
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) throw err;
      }
    },
  };
};

// Starts the sweep backstop unless it already runs (called at worker start-up: one per namespace, whoever is first).
export const ensureIncidentSweep = async (client: Client, options: { dayMs?: number; everyMs?: number } = {}) => {
  await client.workflow.start<typeof incidentSweep>('incidentSweep', {
    taskQueue: TASK_QUEUE,
    workflowId: INCIDENT_SWEEP_WORKFLOW_ID,
    args: [{ dayMs: options.dayMs ?? DEFAULT_INCIDENT_DAY_MS, everyMs: options.everyMs ?? 10 * 60_000 }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
};

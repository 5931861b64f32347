import type { IncidentResponseGateway } from '@kizuna/domain';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { TASK_QUEUE, TENANT_ID_ATTRIBUTE } from '../definitions.js';
import {
  DEFAULT_INCIDENT_DAY_MS,
  incidentResponseWorkflowId,
  refreshIncidentSignal,
  type IncidentResponseInput,
} from '../incident-definitions.js';
import type { incidentResponse } from '../workflows.js';

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

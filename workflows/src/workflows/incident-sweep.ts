import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, continueAsNew, proxyActivities, sleep, startChild } from '@temporalio/workflow';
import type { IncidentActivities } from '../incident-activities.js';
import { incidentResponseWorkflowId, type IncidentSweepInput } from '../incident-definitions.js';
import type { incidentResponse } from './incident-response.js';

const acts = proxyActivities<IncidentActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

// Sweeps before the history is handed to a fresh run.
const SWEEPS_PER_RUN = 50;

/**
 * The backstop if every worker was down or a workflow was lost: finds open incidents whose next deadline is past or
 * within the longest reminder window and starts the incidentResponse workflow of any that has none (abandoned by
 * this one, so it outlives it). A running one is left alone: it re-reads the database on its own.
 */
export async function incidentSweep(input: IncidentSweepInput): Promise<number> {
  let started = 0;
  for (let n = 0; n < SWEEPS_PER_RUN; n++) {
    const due = await acts.findIncidentsDue({ withinMs: 31 * input.dayMs, tenantIds: input.tenantIds });
    for (const ref of due) {
      try {
        await startChild<typeof incidentResponse>('incidentResponse', {
          workflowId: incidentResponseWorkflowId(ref.tenantId, ref.incidentId),
          args: [{ ...ref, dayMs: input.dayMs }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
        started++;
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    }
    if (input.once) return started;
    await sleep(input.everyMs);
  }
  return continueAsNew<typeof incidentSweep>(input);
}

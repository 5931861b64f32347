import type { RegulatorRequestReminders } from '@kizuna/domain';
import {
  DEFAULT_REMINDER_TIMING,
  type ReminderInput,
  type ReminderTiming,
} from '@kizuna/domain/regulator-request-reminders';
import type { Client } from '@temporalio/client';
import { TASK_QUEUE, TENANT_ID_ATTRIBUTE } from './definitions.js';
import { regulatorRequestWorkflowId, scheduleChangedSignal } from './regulator-request-definitions.js';
import type { regulatorRequestReminders } from './workflows.js';

// Signal-with-start: a running workflow takes the new schedule; a request without one (new, reopened after its
// reminders completed, or whose start was lost) gets a new run that starts from it.
export const createRegulatorRequestReminders = (
  client: Client,
  options: { timing?: Partial<ReminderTiming> } = {},
): RegulatorRequestReminders => {
  const timing = { ...DEFAULT_REMINDER_TIMING, ...options.timing };
  return {
    async sync(tenantId, requestId, schedule) {
      await client.withDeadline(Date.now() + 10_000, () =>
        client.workflow.signalWithStart<typeof regulatorRequestReminders, [typeof schedule]>(
          'regulatorRequestReminders',
          {
            taskQueue: TASK_QUEUE,
            workflowId: regulatorRequestWorkflowId(tenantId, requestId),
            args: [{ tenantId, requestId, timing, schedule } satisfies ReminderInput],
            signal: scheduleChangedSignal,
            signalArgs: [schedule],
            typedSearchAttributes: [{ key: TENANT_ID_ATTRIBUTE, value: tenantId }],
          },
        ),
      );
    },
  };
};

import { mergeSchedule, nextReminderStep, type ReminderInput } from '@kizuna/domain/regulator-request-reminders';
import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { RegulatorRequestActivities } from '../regulator-request-activities.js';
import { scheduleChangedSignal, sentAlertsQuery } from '../regulator-request-definitions.js';
import { workflowNow } from './workflow-clock.js';

// Nobody waits for a reminder: it retries until the database is back (a business refusal is still final).
const acts = proxyActivities<RegulatorRequestActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

// One per request from an authority: a thin shell around the domain's nextReminderStep. It sleeps until the next
// reminder or the due instant, fires each alert through one idempotent activity, and completes once the request is
// responded or closed. A new due date or status arrives as a signal and is re-planned at once.
export async function regulatorRequestReminders(input: ReminderInput): Promise<void> {
  const { tenantId, requestId, timing } = input;
  let schedule = input.schedule;
  const sent = [...(input.sent ?? [])];
  setHandler(scheduleChangedSignal, (incoming) => {
    schedule = mergeSchedule(schedule, incoming);
  });
  setHandler(sentAlertsQuery, () => [...sent]);

  for (;;) {
    const step = nextReminderStep(schedule, timing, sent, workflowNow());
    if (step.type === 'complete') return;
    if (workflowInfo().continueAsNewSuggested)
      await continueAsNew<typeof regulatorRequestReminders>({ ...input, schedule, sent });
    const seen = schedule;
    const changed = () => schedule !== seen;
    if (step.type === 'idle') await condition(changed);
    else if (step.type === 'wait') await condition(changed, Math.max(0, step.until - workflowNow()));
    else {
      await acts.sendRegulatorRequestAlert({ tenantId, requestId, alert: step.alert });
      sent.push(step.alert.key);
    }
  }
}

import {
  INITIAL_RESPONSE_STATE,
  decideResponse,
  type IncidentResponseInput,
  type ResponseEffect,
  type ResponseState,
} from '@kizuna/domain/incidents-response';
import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { IncidentActivities } from '../incident-activities.js';
import { refreshIncidentSignal } from '../incident-definitions.js';
import { workflowNow } from './workflow-clock.js';

// Nobody waits on these: they retry until the database is back (a business refusal is still final).
const acts = proxyActivities<IncidentActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

// Steps before the history is handed to a fresh run, whatever the server suggests.
const MAX_STEPS = 200;

/**
 * One per incident: reminders before each regulatory deadline and an escalation when one passes unfiled. A thin
 * shell over the domain's decideResponse: it sleeps until the next owed instant or a refresh signal, then re-reads
 * the incident from the database (the truth: a filing, moved facts, a close) and carries out what the machine
 * decides. The state stays a few clocks and alert keys, so thousands fit on one worker.
 */
export async function incidentResponse(input: IncidentResponseInput): Promise<void> {
  let signalled = true; // the first step reads the incident
  setHandler(refreshIncidentSignal, () => {
    signalled = true;
  });
  const ref = { tenantId: input.tenantId, incidentId: input.incidentId };
  const timing = { dayMs: input.dayMs };
  let state: ResponseState = { ...INITIAL_RESPONSE_STATE, sent: input.sent ?? [] };
  let wakeAt: number | null = null;

  for (let step = 0; step < MAX_STEPS; step++) {
    if (!signalled) {
      if (wakeAt === null) await condition(() => signalled);
      else await condition(() => signalled, Math.max(1, wakeAt - workflowNow()));
    }
    signalled = false;
    // Woken by a signal or a timer alike, the database says what holds now (a lost signal cannot leave it stale).
    const snapshot = await acts.readIncidentResponse(ref);
    const decision = decideResponse(
      state,
      { type: 'refresh', snapshot, now: new Date(workflowNow()).toISOString() },
      timing,
    );
    state = decision.state;
    wakeAt = null;
    for (const effect of decision.effects) {
      if (effect.type === 'complete') return;
      if (effect.type === 'startTimer') wakeAt = Date.parse(effect.at);
      else await acts.sendClockAlert({ ...ref, ...alertOf(effect) });
    }
    if (workflowInfo().continueAsNewSuggested) break;
  }
  await continueAsNew<typeof incidentResponse>({ ...input, sent: state.sent });
}

const alertOf = (effect: Extract<ResponseEffect, { type: 'remind' | 'escalate' }>) => ({
  clockKind: effect.clockKind,
  dueAt: effect.dueAt,
  alert:
    effect.type === 'remind'
      ? { kind: 'remind' as const, daysBefore: effect.daysBefore }
      : { kind: 'escalate' as const },
});

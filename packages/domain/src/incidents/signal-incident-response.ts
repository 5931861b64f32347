import type { IncidentRef, IncidentResponseDeps } from './incident-response-ports.js';

// Tells the incident's workflow after the write committed. A Temporal outage must not fail a write that is already
// stored: the sweep (sweepIncidentClocks) starts the workflow of any open incident whose clock comes near.
export const signalIncidentResponse = async (
  deps: IncidentResponseDeps,
  ref: IncidentRef,
  how: 'start' | 'refresh' | 'close',
): Promise<void> => {
  const gateway = deps.incidentResponse;
  if (!gateway) return;
  try {
    if (how === 'start') await gateway.ensureStarted(ref);
    else if (how === 'close') await gateway.close(ref);
    else await gateway.refresh(ref);
  } catch {
    // Recovered by the sweep; the caller's write stands.
  }
};

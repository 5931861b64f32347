import type { IncidentFacts } from './incident-ports.js';

type Status = IncidentFacts['status'];

// open → contained → resolved → closed; any later status may be reopened.
const NEXT: Record<Status, readonly Status[]> = {
  open: ['contained'],
  contained: ['resolved', 'open'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

/**
 * Why the incident may not move from `from` to `next.status` (with the facts it will have after the change), or
 * null when it may. Staying in the same status is no transition.
 */
export const checkIncidentTransition = (from: Status, next: IncidentFacts): string | null => {
  const to = next.status;
  if (from === to) return null;
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].join(' or ');
    return `An incident that is ${from} can move to ${allowed}, not to ${to}`;
  }
  if (to === 'contained' && !next.containment)
    return 'Describe the containment (containment) before marking the incident contained';
  if (to === 'resolved' && !next.rootCause) return 'Record the root cause (rootCause) before resolving the incident';
  if (to === 'closed') {
    const open = next.correctiveActions.filter((a) => !a.done);
    if (open.length > 0)
      return `Close the incident once every corrective action is done; still open: ${open.map((a) => a.description).join('; ')}`;
  }
  return null;
};

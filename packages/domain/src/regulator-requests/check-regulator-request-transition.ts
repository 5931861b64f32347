import type { RegulatorRequestFacts } from './regulator-request-ports.js';

type Status = RegulatorRequestFacts['status'];

// received → in_progress → responded → closed; responded and closed may be reopened (a follow-up question).
const NEXT: Record<Status, readonly Status[]> = {
  received: ['in_progress', 'responded'],
  in_progress: ['responded', 'received'],
  responded: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

/** Why the request may not move from `from` to `next.status` (with the facts it will have), or null when it may. */
export const checkRegulatorRequestTransition = (from: Status, next: RegulatorRequestFacts): string | null => {
  const to = next.status;
  if ((to === 'responded' || to === 'closed') && !next.response)
    return 'Record the response sent (response: sentAt, summary, channel) before marking the request responded';
  if (from === to) return null;
  if (!NEXT[from].includes(to)) return `A request that is ${from} can move to ${NEXT[from].join(' or ')}, not to ${to}`;
  return null;
};

// Screens that change governance state (a decision, a submission) tell the header to refresh its counts, so the
// inbox badge and the bell never lag behind what the person just did.

const GOVERNANCE_CHANGED_EVENT = 'kizuna:governance-changed';

export function announceGovernanceChange(): void {
  window.dispatchEvent(new Event(GOVERNANCE_CHANGED_EVENT));
}

export function subscribeGovernanceChange(listener: () => void): () => void {
  window.addEventListener(GOVERNANCE_CHANGED_EVENT, listener);
  return () => window.removeEventListener(GOVERNANCE_CHANGED_EVENT, listener);
}

import type { TAiSystem } from '@kizuna/contracts';
import type { RequestContext } from '../context.js';
import { sendLifecycleUpdate } from '../lifecycle/send-lifecycle-update.js';
import type { GovernanceDeps } from '../ports.js';

// A change to what an assessment rests on is told to the lifecycle before it is saved: in sign-off the pending
// snapshot is voided (back to the assessment), on an active system a triggered review opens; the state machine
// decides which. Told first, so a lifecycle that cannot be reached (or refuses, with its reason) leaves the system
// unchanged; a save that then fails on a concurrent edit leaves at worst a review nobody needed. The caller has
// already been authorized to make the change.
export const announceMaterialChange = async (
  deps: GovernanceDeps,
  ctx: RequestContext,
  system: TAiSystem,
  changes: string[],
): Promise<void> => {
  // A draft has nothing assessed yet; a retired system has no lifecycle left to change.
  if (changes.length === 0 || system.lifecycleState === 'draft' || system.lifecycleState === 'retired') return;
  await sendLifecycleUpdate(deps, ctx, system.id, 'materialChange', { changes }, () => undefined);
};

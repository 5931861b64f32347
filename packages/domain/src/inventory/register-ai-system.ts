import type { TAiSystem, TCreateAiSystem } from '@kizuna/contracts';
import { createAiSystem } from './create-ai-system.js';
import type { RequestContext } from '../context.js';
import type { GovernanceDeps } from '../ports.js';

// Registers the system, then starts its lifecycle workflow. The row is committed first; if Temporal cannot be
// reached now, the system still exists and every lifecycle action starts the workflow on demand (update-with-start),
// so nothing is lost and a retried POST cannot create a duplicate.
export const registerAiSystem = async (
  deps: GovernanceDeps,
  ctx: RequestContext,
  input: TCreateAiSystem,
): Promise<{ system: TAiSystem; lifecycleStarted: boolean }> => {
  const system = await createAiSystem(deps, ctx, input);
  const lifecycleStarted = await deps.lifecycle
    .ensureStarted(ctx.tenant.id, system.id, { state: system.lifecycleState, seq: 0 })
    .then(() => true)
    .catch(() => false);
  return { system, lifecycleStarted };
};

import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { GovernanceDeps } from '../ports.js';
import { sendLifecycleUpdate, type UpdateArgsOf } from './send-lifecycle-update.js';

type SystemAction = 'startAssessment' | 'openReview' | 'retire' | 'reinstate' | 'closeCondition';

// Lifecycle actions on the system itself need the right to update it (owner of it, officer or admin).
export const runSystemAction = <K extends SystemAction>(
  deps: GovernanceDeps,
  ctx: RequestContext,
  systemId: string,
  update: K,
  ...[args]: object extends UpdateArgsOf<K> ? [UpdateArgsOf<K>?] : [UpdateArgsOf<K>]
) =>
  sendLifecycleUpdate(deps, ctx, systemId, update, (args ?? {}) as UpdateArgsOf<K>, (system) =>
    authorize(abilityOf(ctx), 'update', 'AiSystem', system),
  );

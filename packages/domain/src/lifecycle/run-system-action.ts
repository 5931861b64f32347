import type { Action } from '@kizuna/authz';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { GovernanceDeps } from '../ports.js';
import { sendLifecycleUpdate, type UpdateArgsOf } from './send-lifecycle-update.js';

type SystemAction = 'openReview' | 'retire' | 'reinstate';

// Each lifecycle action on the system has its own permission: editing a system is not retiring, reinstating or
// reviewing it (officers and admins retire and reinstate; owners and officers open reviews).
const PERMISSION: Record<SystemAction, Action> = { openReview: 'review', retire: 'retire', reinstate: 'reinstate' };

export const runSystemAction = <K extends SystemAction>(
  deps: GovernanceDeps,
  ctx: RequestContext,
  systemId: string,
  update: K,
  ...[args]: object extends UpdateArgsOf<K> ? [UpdateArgsOf<K>?] : [UpdateArgsOf<K>]
) =>
  sendLifecycleUpdate(deps, ctx, systemId, update, (args ?? {}) as UpdateArgsOf<K>, (system) =>
    authorize(abilityOf(ctx), PERMISSION[update], 'AiSystem', system),
  );

import type { TAiSystem } from '@kizuna/contracts';
import { abilityOf, actorIdOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { TenantRepos } from '../ports.js';
import type { GovernanceDeps } from './governance-deps.js';
import { loadReadableSystem } from './governance-deps.js';
import type { LifecycleLiveState, LifecycleUpdate } from './lifecycle-gateway.js';

// Reads the projection the workflow resumes from (if it was never started), then sends the update.
export const sendLifecycleUpdate = async (
  deps: GovernanceDeps,
  ctx: RequestContext,
  systemId: string,
  update: LifecycleUpdate,
  args: Record<string, unknown>,
  check: (system: TAiSystem, repos: TenantRepos) => Promise<void> | void,
): Promise<LifecycleLiveState> => {
  const { system, seq } = await deps.runInTenant(ctx.tenant, async (repos) => {
    const found = await loadReadableSystem(repos, ctx, systemId);
    await check(found, repos);
    const transitions = await repos.lifecycle.listTransitions(systemId);
    return { system: found, seq: transitions.at(-1)?.seq ?? 0 };
  });
  return deps.lifecycle.send(ctx.tenant.id, system.id, { state: system.lifecycleState, seq }, update, {
    actorId: actorIdOf(ctx.actor),
    requestId: ctx.requestId ?? `${update}:${systemId}`,
    ...args,
  });
};

// Lifecycle actions on the system itself need the right to update it (owner of it, officer or admin).
export const runSystemAction = (
  deps: GovernanceDeps,
  ctx: RequestContext,
  systemId: string,
  update: 'startAssessment' | 'openReview' | 'retire' | 'reinstate' | 'closeCondition',
  args: Record<string, unknown> = {},
) =>
  sendLifecycleUpdate(deps, ctx, systemId, update, args, (system) =>
    authorize(abilityOf(ctx), 'update', 'AiSystem', system),
  );

import type { RequestContext } from '../context.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import type { GovernanceDeps } from '../ports.js';

// The system page: the projection's timeline, plus the workflow's live view (pending approvers, next timer).
export const getLifecycle = async (deps: GovernanceDeps, ctx: RequestContext, systemId: string) => {
  const { system, transitions } = await deps.runInTenant(ctx.tenant, async (repos) => {
    const found = await loadReadableSystem(repos, ctx, systemId);
    return { system: found, transitions: await repos.lifecycle.listTransitions(systemId) };
  });
  const live = await deps.lifecycle.getState(ctx.tenant.id, systemId);
  return {
    state: system.lifecycleState,
    transitions: transitions.map(({ systemId: _s, ...t }) => t),
    live: live
      ? {
          quorum: live.quorum,
          approvals: live.approvals,
          openConditions: live.openConditions,
          nextTimer: live.nextTimer,
        }
      : null,
  };
};

import { asSubject } from '@kizuna/authz';
import { abilityOf, type RequestContext } from '../context.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { ownedBy } from '../inventory/owned-by.js';
import type { GovernanceDeps } from '../ports.js';
import type { TransitionRecord } from './lifecycle-ports.js';

// What a transition of a sign-off or its conditions says beyond the step itself (comments, conditions, approvals,
// notes, evidence): sign-off content, shown only to callers who may read the system's sign-offs.
const SIGN_OFF_CONTENT = /^(signoff|condition)\./;
const KEPT = ['assessmentId', 'conditionId', 'quorum'];

const withoutSignOffContent = ({ action, data, ...t }: Omit<TransitionRecord, 'systemId'>) => ({
  ...t,
  action,
  data: SIGN_OFF_CONTENT.test(action)
    ? Object.fromEntries(Object.entries(data).filter(([k]) => KEPT.includes(k)))
    : data,
});

const mayReadSignOffs = (ctx: RequestContext, system: Parameters<typeof ownedBy>[0]) =>
  abilityOf(ctx).can('read', asSubject('SignOff', ownedBy(system)));

// The system page: the projection's timeline, plus the workflow's live view (pending approvers, next timer).
export const getLifecycle = async (deps: GovernanceDeps, ctx: RequestContext, systemId: string) => {
  const { system, transitions } = await deps.runInTenant(ctx.tenant, async (repos) => {
    const found = await loadReadableSystem(repos, ctx, systemId);
    return { system: found, transitions: await repos.lifecycle.listTransitions(systemId) };
  });
  const signOffs = mayReadSignOffs(ctx, system);
  const live = await deps.lifecycle.getState(ctx.tenant.id, systemId);
  return {
    state: system.lifecycleState,
    transitions: transitions.map(({ systemId: _s, ...t }) => t).map((t) => (signOffs ? t : withoutSignOffContent(t))),
    live: live
      ? {
          quorum: live.quorum,
          approvals: signOffs ? live.approvals : [],
          openConditions: signOffs ? live.openConditions : [],
          nextTimer: live.nextTimer,
        }
      : null,
  };
};

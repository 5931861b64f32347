import type { TSignOff } from '@kizuna/contracts';
import { asSubject, buildListFilter } from '@kizuna/authz';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize, authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import type { GovernanceDeps } from '../inventory/load-readable-system.js';
import { loadReadableSystem, ownedBy } from '../inventory/load-readable-system.js';
import { readTenantPolicy } from '../policy/update-tenant-policy.js';
import { approverRoleFor, resolveTierPolicy } from '../policy/resolve-tier-policy.js';

export const listSystemSignOffs = async (deps: Deps, ctx: RequestContext, systemId: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorizeRead(abilityOf(ctx), 'SignOff', ownedBy(system), 'Sign-offs');
    return { items: await repos.signOffs.listForSystem(system.id), nextCursor: null };
  });

export const listRiskLog = async (deps: Deps, ctx: RequestContext, systemId: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorizeRead(abilityOf(ctx), 'Assessment', ownedBy(system), 'Risk log');
    return { items: await repos.riskLog.listForSystem(system.id), nextCursor: null };
  });

export const listMyNotifications = async (
  deps: Deps,
  ctx: RequestContext,
  query: { limit: number; unread?: boolean },
) => {
  if (ctx.actor.kind !== 'user') return { items: [], nextCursor: null };
  const recipientId = ctx.actor.userId;
  authorize(abilityOf(ctx), 'read', 'Notification', { recipientId });
  const items = await deps.runInTenant(ctx.tenant, (repos) =>
    repos.notifications.listForRecipient(recipientId, { limit: query.limit, unreadOnly: query.unread ?? false }),
  );
  return { items, nextCursor: null };
};

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

// An executive's inbox: submitted assessments awaiting this person's decision, never their own submissions.
export const listPendingSignOffs = async (deps: Deps, ctx: RequestContext) => {
  const { actor } = ctx;
  if (actor.kind !== 'user') return { items: [], nextCursor: null };
  const me = actor.userId;
  const ability = abilityOf(ctx);
  const items = await deps.runInTenant(ctx.tenant, async (repos) => {
    const systems = await repos.aiSystems.list(buildListFilter(ability, 'read', 'AiSystem'), { limit: 1000 });
    const overrides = await repos.setup.getPolicy();
    const pending = [];
    for (const system of systems.items.filter((s) => s.lifecycleState === 'signoff')) {
      const fields = await repos.aiSystems.getGovernanceFields(system.id);
      const assessment = fields?.currentAssessmentId
        ? await repos.assessments.findById(fields.currentAssessmentId)
        : null;
      if (!assessment || assessment.status !== 'submitted' || !assessment.risk || !assessment.snapshotHash) continue;
      const signOff = {
        ...ownedBy(system),
        submittedBy: assessment.submittedBy ?? '',
        approverRole: approverRoleFor(assessment.risk.tier),
      };
      // The same CASL rule as the decision itself: the tier's approver role, never one's own submission.
      if (!ability.can('decide', asSubject('SignOff', signOff))) continue;
      const decided: TSignOff[] = await repos.signOffs.listForAssessment(assessment.id);
      if (decided.some((d) => d.signerId === me && d.snapshotHash === assessment.snapshotHash)) continue;
      const policy = resolveTierPolicy(assessment.risk.tier, readTenantPolicy(overrides).tierOverrides);
      pending.push({
        systemId: system.id,
        systemName: system.name,
        assessmentId: assessment.id,
        snapshotHash: assessment.snapshotHash,
        risk: assessment.risk,
        quorum: policy.quorum,
        approvals: decided.filter((d) => d.decision !== 'reject' && d.snapshotHash === assessment.snapshotHash).length,
        submittedBy: assessment.submittedBy ?? '',
        submittedAt: assessment.submittedAt ?? assessment.createdAt,
      });
    }
    return pending;
  });
  return { items, nextCursor: null };
};

export const markNotificationRead = async (deps: Deps, ctx: RequestContext, id: string) => {
  if (ctx.actor.kind !== 'user') throw new AppError('NOT_FOUND', 'Notification not found');
  const recipientId = ctx.actor.userId;
  const found = await deps.runInTenant(ctx.tenant, (repos) =>
    repos.notifications.markRead(recipientId, id, deps.now()),
  );
  // Someone else's notification answers like a missing one.
  if (!found) throw new AppError('NOT_FOUND', 'Notification not found');
};

export const listMembers = async (deps: Deps, ctx: RequestContext) => {
  authorize(abilityOf(ctx), 'read', 'Member');
  return { items: await deps.control.users.listMembers(ctx.tenant.id), nextCursor: null };
};

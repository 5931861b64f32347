import type { TSignOff } from '@kizuna/contracts';
import { asSubject, buildListFilter } from '@kizuna/authz';
import { abilityOf, type RequestContext } from '../context.js';
import { ownedBy } from '../inventory/owned-by.js';
import { readTenantPolicy } from '../policy/read-tenant-policy.js';
import { approverRoleFor, resolveTierPolicy } from '../policy/resolve-tier-policy.js';
import type { Deps } from '../ports.js';

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

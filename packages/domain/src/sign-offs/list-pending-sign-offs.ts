import { buildListFilter } from '@kizuna/authz';
import { abilityOf, type RequestContext } from '../context.js';
import { RISK_TIERS } from '../policy/compute-risk-tier.js';
import { readTenantPolicy } from '../policy/read-tenant-policy.js';
import { approverRoleFor, resolveTierPolicy } from '../policy/resolve-tier-policy.js';
import type { Deps } from '../ports.js';
import type { AwaitingDecisionQuery } from './sign-off-ports.js';

const PAGE_SIZE = 200;

// An executive's inbox: submitted assessments awaiting this person's decision, never their own submissions nor
// those segregation of duties bars them from (their system, their answers, their evidence if the policy says so).
// The same CASL rules as the decision itself (the tier's approver role, segregation of duties) become SQL, so
// every system in sign-off is considered, a page of them per query, with nothing fetched per system.
export const listPendingSignOffs = async (deps: Deps, ctx: RequestContext, options: { pageSize?: number } = {}) => {
  const { actor } = ctx;
  if (actor.kind !== 'user') return { items: [], nextCursor: null };
  const ability = abilityOf(ctx);
  const base: Omit<AwaitingDecisionQuery, 'segregation'> = {
    systems: buildListFilter(ability, 'read', 'AiSystem'),
    decide: buildListFilter(ability, 'decide', 'SignOff'),
    approverRoles: Object.fromEntries(
      RISK_TIERS.map((tier) => [tier, approverRoleFor(tier)]),
    ) as AwaitingDecisionQuery['approverRoles'],
    signerId: actor.userId,
  };
  if (base.decide.kind === 'none' || base.systems.kind === 'none') return { items: [], nextCursor: null };
  const items = await deps.runInTenant(ctx.tenant, async (repos) => {
    const { tierOverrides, segregationOfDuties } = readTenantPolicy(await repos.setup.getPolicy());
    const query: AwaitingDecisionQuery = { ...base, segregation: segregationOfDuties };
    const pending = [];
    let cursor: string | undefined;
    do {
      const page = await repos.signOffs.listAwaitingDecision(query, { limit: options.pageSize ?? PAGE_SIZE, cursor });
      for (const row of page.items) {
        pending.push({ ...row, quorum: resolveTierPolicy(row.risk.tier, tierOverrides).quorum });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return pending;
  });
  return { items, nextCursor: null };
};

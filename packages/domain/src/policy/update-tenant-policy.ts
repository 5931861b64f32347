import type { TTenantPolicy } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError, type FieldError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { RISK_TIERS } from './compute-risk-tier.js';
import { readTenantPolicy } from './read-tenant-policy.js';
import { DEFAULT_TIER_POLICY } from './resolve-tier-policy.js';
import { toTenantPolicyView } from './tenant-policy-view.js';

// Who may not sign besides the submitter: the owner and the answerers always; a tenant may add more, never fewer.
const findLooserSegregation = ({ segregationOfDuties: sod }: TTenantPolicy): FieldError[] =>
  (['excludeSystemOwner', 'excludeAnswerers'] as const)
    .filter((field) => !sod[field])
    .map((field) => ({ path: `segregationOfDuties.${field}`, message: 'may not be switched off' }));

// A tenant may ask for more approvers or a shorter review cadence, never fewer or longer than the defaults.
const findLoosening = (policy: TTenantPolicy): FieldError[] =>
  RISK_TIERS.flatMap((tier) => {
    const o = policy.tierOverrides[tier];
    const base = DEFAULT_TIER_POLICY[tier];
    const errors: FieldError[] = [];
    if (o?.quorum !== undefined && o.quorum < base.quorum) {
      errors.push({ path: `tierOverrides.${tier}.quorum`, message: `may not be below the default of ${base.quorum}` });
    }
    if (o?.reviewCadenceDays !== undefined && o.reviewCadenceDays > base.reviewCadenceDays) {
      errors.push({
        path: `tierOverrides.${tier}.reviewCadenceDays`,
        message: `may not exceed the default of ${base.reviewCadenceDays} days`,
      });
    }
    return errors;
  });

export const updateTenantPolicy = async (deps: Deps, ctx: RequestContext, change: Partial<TTenantPolicy>) => {
  authorize(abilityOf(ctx), 'manage', 'TenantPolicy');
  return deps.runInTenant(ctx.tenant, async (repos) => {
    const before = readTenantPolicy(await repos.setup.getPolicy());
    const next = readTenantPolicy({ ...before, ...change });
    const errors = [...findLooserSegregation(next), ...findLoosening(next)];
    if (errors.length) throw new AppError('VALIDATION_FAILED', 'The policy may only tighten the defaults', { errors });
    await repos.setup.savePolicy(next);
    await repos.audit.append({
      action: 'tenant_policy.updated',
      targetType: 'TenantPolicy',
      targetId: ctx.tenant.id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { before, after: next },
    });
    return toTenantPolicyView(next);
  });
};

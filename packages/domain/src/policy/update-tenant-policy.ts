import type { TTenantPolicyUpdate } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { readTenantPolicy } from './read-tenant-policy.js';
import { toTenantPolicyView } from './tenant-policy-view.js';
import { findLoosening } from './tighten-only.js';

export const updateTenantPolicy = async (deps: Deps, ctx: RequestContext, change: TTenantPolicyUpdate) => {
  authorize(abilityOf(ctx), 'manage', 'TenantPolicy');
  return deps.runInTenant(ctx.tenant, async (repos) => {
    const before = readTenantPolicy(await repos.setup.getPolicy());
    // `before` never loosens (it is read tightened), so whatever loosens here is in the change, named by its field.
    const merged = {
      ...before,
      ...change,
      segregationOfDuties: { ...before.segregationOfDuties, ...change.segregationOfDuties },
    };
    const next = readTenantPolicy(merged, { tighten: false });
    const errors = findLoosening(next);
    if (errors.length) {
      const fields = errors.map((e) => e.path).join(', ');
      throw new AppError('VALIDATION_FAILED', `The policy may only tighten the defaults: ${fields}`, { errors });
    }
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

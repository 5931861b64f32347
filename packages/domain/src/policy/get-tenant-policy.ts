import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Deps } from '../ports.js';
import { readTenantPolicy } from './read-tenant-policy.js';
import { toTenantPolicyView } from './tenant-policy-view.js';

export const getTenantPolicy = async (deps: Deps, ctx: RequestContext) => {
  authorize(abilityOf(ctx), 'read', 'TenantPolicy');
  return toTenantPolicyView(readTenantPolicy(await deps.runInTenant(ctx.tenant, (repos) => repos.setup.getPolicy())));
};

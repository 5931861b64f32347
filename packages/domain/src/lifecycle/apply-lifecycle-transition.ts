import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { TransitionInput } from './lifecycle-ports.js';
import { writeTransition } from './write-transition.js';

// The workflow's transition, written to the projection the API reads and to the audit chain in one transaction.
// Keyed by (system, seq): a retried activity finds it applied and changes nothing.
export const applyLifecycleTransition = async (deps: Deps, input: TransitionInput): Promise<{ applied: boolean }> => {
  const tenant = await loadTenant(deps, input.tenantId);
  return deps.runInTenant(tenant, (repos) => writeTransition(repos, input));
};

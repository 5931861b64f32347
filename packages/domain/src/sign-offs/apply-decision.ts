import { writeTransition } from '../lifecycle/write-transition.js';
import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { ApplyDecisionInput } from './sign-off-ports.js';
import { writeSignOff } from './write-sign-off.js';

// A sign-off decision as one transaction: the signature, the assessment's status and the lifecycle transition, each
// with its audit event. Every part is keyed (signer + snapshot, transition seq), so a retry changes nothing.
export const applyDecision = async (deps: Deps, input: ApplyDecisionInput): Promise<{ applied: boolean }> => {
  const tenant = await loadTenant(deps, input.transition.tenantId);
  return deps.runInTenant(tenant, async (repos) => {
    await writeSignOff(repos, input.signOff);
    if (input.assessmentStatus) await repos.assessments.setStatus(input.signOff.assessmentId, input.assessmentStatus);
    return writeTransition(repos, input.transition);
  });
};

import { writeTransition } from '../lifecycle/write-transition.js';
import { checkSignatureHolds } from './check-signature-holds.js';
import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { ApplyDecisionInput } from './sign-off-ports.js';
import { writeSignOff } from './write-sign-off.js';

// A sign-off decision as one transaction: the signature, the assessment's status and the lifecycle transition, each
// with its audit event. Every part is keyed (signer + snapshot, transition seq), so a retry changes nothing. An
// approval is checked against the database first (a rejection can always be recorded: it signs nothing).
export const applyDecision = async (deps: Deps, input: ApplyDecisionInput): Promise<{ applied: boolean }> => {
  const tenant = await loadTenant(deps, input.transition.tenantId);
  return deps.runInTenant(tenant, async (repos) => {
    // A retry after the approval was recorded finds it applied: the keyed writes below change nothing.
    const recorded = (await repos.signOffs.listForAssessment(input.signOff.assessmentId)).some(
      (s) => s.signerId === input.signOff.actorId && s.snapshotHash === input.signOff.snapshotHash,
    );
    if (input.signOff.decision !== 'reject' && !recorded) await checkSignatureHolds(deps, tenant, repos, input.signOff);
    await writeSignOff(repos, input.signOff);
    if (input.assessmentStatus) await repos.assessments.setStatus(input.signOff.assessmentId, input.assessmentStatus);
    return writeTransition(repos, input.transition);
  });
};

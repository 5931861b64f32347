import { mayDecideSignOff } from '@kizuna/authz';
import { ZAiSystemProfile, type TAiSystem } from '@kizuna/contracts';
import { AppError } from '../errors/app-error.js';
import { listMaterialChanges } from '../inventory/list-material-changes.js';
import { readTenantPolicy } from '../policy/read-tenant-policy.js';
import { approverRoleFor } from '../policy/resolve-tier-policy.js';
import type { Deps, TenantRepos } from '../ports.js';
import type { TenantRecord } from '../tenants/tenant-ports.js';
import { findExcludedSigners } from './find-excluded-signers.js';
import type { RecordSignOffInput } from './sign-off-ports.js';

// The database's own check of an approval, inside the transaction that records it, from what it holds rather than
// what the decision carries: the snapshot signed is the assessment's sealed one and still shows the system as it is
// (no profile or roles changed since), and the signer is, right now, a member with the tier's approver role who is
// neither the submitter nor excluded by the tenant's segregation of duties.
export const checkSignatureHolds = async (
  deps: Deps,
  tenant: TenantRecord,
  repos: TenantRepos,
  signOff: RecordSignOffInput,
): Promise<void> => {
  const assessment = await repos.assessments.findById(signOff.assessmentId);
  const system = await repos.aiSystems.findById(signOff.systemId);
  if (!assessment || !system || assessment.systemId !== system.id)
    throw new AppError('NOT_FOUND', 'Assessment not found');
  if (assessment.status !== 'submitted' || assessment.snapshotHash !== signOff.snapshotHash || !assessment.risk)
    throw new AppError('STALE_SNAPSHOT', 'The assessment changed since it was sealed; review the current snapshot');
  const snapshot = (await repos.assessments.getSnapshot(assessment.id)) as { system?: Partial<TAiSystem> } | null;
  const signed = {
    profile: ZAiSystemProfile.parse(snapshot?.system?.profile ?? {}),
    roles: snapshot?.system?.roles ?? [],
  };
  if (listMaterialChanges(signed, system).length)
    throw new AppError('STALE_SNAPSHOT', "The system's profile or roles changed since it was sealed");
  const membership = await deps.control.users.findMembership(tenant.id, signOff.actorId);
  const approverRole = approverRoleFor(assessment.risk.tier);
  if (
    !membership ||
    !mayDecideSignOff(
      { userId: signOff.actorId, roles: membership.roles },
      { approverRole, submittedBy: signOff.submittedBy },
    )
  )
    throw new AppError('FORBIDDEN', `This tier needs a decision by a ${approverRole}`);
  const excluded = findExcludedSigners({
    system,
    answers: await repos.assessments.getAnswers(assessment.id),
    evidence: await repos.evidence.listForSystem(system.id),
    policy: readTenantPolicy(await repos.setup.getPolicy()).segregationOfDuties,
  });
  if (excluded.some((e) => e.userId === signOff.actorId))
    throw new AppError(
      'SEGREGATION_OF_DUTIES',
      'The system owner and those who answered the assessment cannot sign it',
    );
};

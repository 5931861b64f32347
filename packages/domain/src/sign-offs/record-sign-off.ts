import { newId } from '../ids/new-id.js';
import type { Deps, TenantRepos } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';

export type RecordSignOffInput = {
  tenantId: string;
  systemId: string;
  assessmentId: string;
  actorId: string;
  signerName: string;
  submittedBy: string;
  decision: 'approve' | 'approve_with_conditions' | 'reject';
  snapshotHash: string;
  attestation: string;
  comment: string | null;
  conditions: { text: string; ownerId: string; dueDate: string }[];
  conditionIds: string[];
  authMethod: 'password' | 'recent_login';
  authenticatedAt: string;
  decidedAt: string;
};

// One row per (assessment, signer, snapshot); a retried activity inserts nothing the second time.
export const recordSignOff = async (deps: Deps, input: RecordSignOffInput): Promise<void> => {
  const tenant = await loadTenant(deps, input.tenantId);
  await deps.runInTenant(tenant, (repos) => writeSignOff(repos, input));
};

// The sign-off row and its audit event, inside the caller's tenant transaction.
export const writeSignOff = async (repos: TenantRepos, input: RecordSignOffInput): Promise<void> => {
  const inserted = await repos.signOffs.insert({
    id: newId(Date.parse(input.decidedAt)),
    systemId: input.systemId,
    assessmentId: input.assessmentId,
    decision: input.decision,
    snapshotHash: input.snapshotHash,
    attestation: input.attestation,
    comment: input.comment,
    conditions: input.conditions.map((c, i) => ({ ...c, id: input.conditionIds[i]! })),
    signerId: input.actorId,
    signerName: input.signerName,
    submittedBy: input.submittedBy,
    authMethod: input.authMethod,
    authenticatedAt: input.authenticatedAt,
    decidedAt: input.decidedAt,
  });
  if (!inserted) return;
  await repos.audit.append({
    action: `signoff.${input.decision}`,
    targetType: 'SignOff',
    targetId: input.assessmentId,
    actor: { type: 'user', id: input.actorId },
    requestId: null,
    data: {
      systemId: input.systemId,
      snapshotHash: input.snapshotHash,
      attestation: input.attestation,
      signerName: input.signerName,
      authMethod: input.authMethod,
      authenticatedAt: input.authenticatedAt,
      conditions: input.conditions,
    },
    dedupeKey: `signoff:${input.assessmentId}:${input.actorId}:${input.snapshotHash}`,
  });
};

export const setAssessmentStatus = async (
  deps: Deps,
  input: { tenantId: string; assessmentId: string; status: 'in_progress' | 'approved' | 'rejected' },
): Promise<void> => {
  const tenant = await loadTenant(deps, input.tenantId);
  await deps.runInTenant(tenant, (repos) => repos.assessments.setStatus(input.assessmentId, input.status));
};

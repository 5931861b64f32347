import { newId } from '../ids/new-id.js';
import type { TenantRepos } from '../ports.js';
import type { RecordSignOffInput } from './sign-off-ports.js';

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

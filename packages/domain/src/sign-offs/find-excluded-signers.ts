import type { TAiSystem, TEvidence, TTenantPolicy } from '@kizuna/contracts';
import type { StoredAnswer } from '../assessments/assessment-ports.js';
import type { ExcludedSigner } from '../lifecycle/machine/lifecycle-model.js';

// Who may not sign an assessment besides its submitter (the tenant's policy decides, tighten-only): the system's
// owner, everyone whose answers are in it, and optionally whoever added the evidence. Read from the database when the
// assessment is sealed, so the workflow never takes the list from a caller. Only people: 'system' (carried-forward
// answers) and API keys can never sign anyway.
export const findExcludedSigners = (input: {
  system: Pick<TAiSystem, 'ownerId'>;
  answers: Pick<StoredAnswer, 'answeredBy'>[];
  evidence: Pick<TEvidence, 'createdBy'>[];
  policy: TTenantPolicy['segregationOfDuties'];
}): ExcludedSigner[] => {
  const { policy } = input;
  const candidates: ExcludedSigner[] = [
    ...(policy.excludeSystemOwner && input.system.ownerId
      ? [{ userId: input.system.ownerId, reason: 'system_owner' as const }]
      : []),
    ...(policy.excludeAnswerers
      ? input.answers.map((a) => ({ userId: a.answeredBy, reason: 'answerer' as const }))
      : []),
    ...(policy.excludeEvidenceContributors
      ? input.evidence.map((e) => ({ userId: e.createdBy, reason: 'evidence_contributor' as const }))
      : []),
  ];
  const seen = new Set<string>();
  return candidates.filter(({ userId }) => {
    if (userId === 'system' || userId.startsWith('key:') || seen.has(userId)) return false;
    seen.add(userId);
    return true;
  });
};

import { createHash } from 'node:crypto';
import type { TAiSystem, TEvidence, TRiskAssessment } from '@kizuna/contracts';
import { toCanonicalJson } from '../audit/canonical-json.js';
import type { AssessmentRecord, StoredAnswer } from './assessment-ports.js';

// What an executive signs: the system as assessed, every answer and the evidence it rests on, and the tier.
export const buildAssessmentSnapshot = (input: {
  system: TAiSystem;
  roleDetermination: unknown;
  assessment: AssessmentRecord;
  answers: StoredAnswer[];
  evidence: TEvidence[];
  risk: TRiskAssessment;
}) => {
  const snapshot = {
    system: {
      id: input.system.id,
      name: input.system.name,
      purpose: input.system.purpose,
      profile: input.system.profile,
      roles: input.system.roles,
      vendor: input.system.vendor,
      modelName: input.system.modelName,
      deploymentRegions: input.system.deploymentRegions,
    },
    roleDetermination: input.roleDetermination ?? null,
    assessment: {
      id: input.assessment.id,
      cycle: input.assessment.cycle,
      kind: input.assessment.kind,
      catalogVersions: input.assessment.catalogVersions,
    },
    answers: [...input.answers]
      .sort((a, b) => a.requirementId.localeCompare(b.requirementId))
      .map((a) => ({ requirementId: a.requirementId, answer: a.answer })),
    evidence: [...input.evidence]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => ({ id: e.id, kind: e.kind, title: e.title, url: e.url, sha256: e.sha256 })),
    risk: input.risk,
  };
  const hash = createHash('sha256').update(toCanonicalJson(snapshot)).digest('hex');
  return { snapshot, hash };
};

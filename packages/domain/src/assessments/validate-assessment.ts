import type { TAnswerInput, TEvidence } from '@kizuna/contracts';
import type { FieldError } from '../errors/app-error.js';
import type { RequirementSnapshot, StoredAnswer } from './assessment-ports.js';
import type { TierPolicy } from '../policy/resolve-tier-policy.js';

// Every missing or invalid answer, requirement by requirement, so the owner can fix them all in one pass.
export const validateAssessment = (input: {
  requirements: RequirementSnapshot[];
  answers: StoredAnswer[];
  evidence: TEvidence[];
  tierPolicy: TierPolicy | null;
  today: string;
}): FieldError[] => {
  const errors: FieldError[] = [];
  const byRequirement = new Map(input.answers.map((a) => [a.requirementId, a]));
  const evidenceById = new Map(input.evidence.map((e) => [e.id, e]));
  for (const req of input.requirements) {
    const path = `requirements.${req.requirementId}`;
    const stored = byRequirement.get(req.requirementId);
    if (!stored) {
      errors.push({ path, message: 'no answer yet: comply, explain, mark not applicable, or record a gap' });
      continue;
    }
    if (stored.carriedForward && !stored.confirmed) {
      errors.push({ path, message: 'carried forward from the last cycle: confirm it or change it' });
    }
    errors.push(...checkAnswer(path, req, stored.answer, evidenceById, input.today));
  }
  const kinds = new Set(input.evidence.map((e) => e.kind));
  for (const kind of input.tierPolicy?.requiredEvidence ?? []) {
    if (!kinds.has(kind))
      errors.push({ path: `evidence.${kind}`, message: `this risk tier requires evidence of kind ${kind}` });
  }
  return errors;
};

const checkAnswer = (
  path: string,
  req: RequirementSnapshot,
  answer: TAnswerInput,
  evidenceById: Map<string, TEvidence>,
  today: string,
): FieldError[] => {
  switch (answer.answer) {
    case 'complies': {
      const unknown = answer.evidenceIds.filter((id) => !evidenceById.has(id));
      if (unknown.length) return [{ path, message: `unknown evidence ${unknown.join(', ')}` }];
      if (req.expectedEvidence.length === 0) return [];
      const fits = answer.evidenceIds.some((id) => req.expectedEvidence.includes(evidenceById.get(id)!.kind));
      return fits ? [] : [{ path, message: `attach evidence of kind ${req.expectedEvidence.join(' or ')}` }];
    }
    case 'gap':
      return answer.dueDate < today ? [{ path, message: 'the remediation due date is in the past' }] : [];
    default:
      return [];
  }
};

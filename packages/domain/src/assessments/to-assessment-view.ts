import type { TAssessment } from '@kizuna/contracts';
import type { TenantRepos } from '../ports.js';
import type { AssessmentRecord } from './assessment-ports.js';

// The API's view of an assessment: each requirement with its stored answer, if any.
export const toAssessmentView = async (repos: TenantRepos, assessment: AssessmentRecord): Promise<TAssessment> => {
  const answers = new Map((await repos.assessments.getAnswers(assessment.id)).map((a) => [a.requirementId, a]));
  return {
    ...assessment,
    requirements: assessment.requirements.map((r) => {
      const stored = answers.get(r.requirementId);
      return {
        ...r,
        answer: stored?.answer ?? null,
        carriedForward: stored?.carriedForward ?? false,
        confirmed: stored?.confirmed ?? false,
      };
    }),
  };
};

import type { TAiSystem } from '@kizuna/contracts';
import { toCanonicalJson } from '../audit/canonical-json.js';
import type { TenantRepos } from '../ports.js';
import type { AssessmentRecord } from './assessment-ports.js';
import { resolveRequirements } from './catalog-lookup.js';

// An open assessment asks what applies to the system as it is now: after its profile or roles changed, the
// requirements are resolved again at the assessment's pinned catalog versions. Answers already given are kept;
// a requirement that no longer applies is simply no longer asked. True when the list changed.
export const refreshRequirements = async (
  repos: TenantRepos,
  system: TAiSystem,
  assessment: AssessmentRecord,
): Promise<boolean> => {
  const requirements = resolveRequirements(system, assessment.catalogVersions);
  if (toCanonicalJson(requirements) === toCanonicalJson(assessment.requirements)) return false;
  await repos.assessments.setRequirements(assessment.id, requirements);
  return true;
};

// The system's open assessment, if there is one, asks what applies now (inside the caller's tenant transaction).
export const refreshOpenAssessment = async (repos: TenantRepos, system: TAiSystem): Promise<void> => {
  const governance = await repos.aiSystems.getGovernanceFields(system.id);
  const open = governance?.currentAssessmentId
    ? await repos.assessments.findById(governance.currentAssessmentId)
    : null;
  if (open?.status === 'in_progress') await refreshRequirements(repos, system, open);
};

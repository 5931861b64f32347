import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { ownedBy } from '../inventory/owned-by.js';
import type { TenantRepos } from '../ports.js';

// Loads an assessment of a system the caller may read; another system's assessment answers 404.
export const loadAssessment = async (
  repos: TenantRepos,
  ctx: RequestContext,
  systemId: string,
  assessmentId: string,
) => {
  const system = await loadReadableSystem(repos, ctx, systemId);
  const assessment = await repos.assessments.findById(assessmentId);
  if (!assessment || assessment.systemId !== system.id) throw new AppError('NOT_FOUND', 'Assessment not found');
  authorizeRead(abilityOf(ctx), 'Assessment', ownedBy(system), 'Assessment');
  return { system, assessment };
};

import type { TAssessment } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps, TenantRepos } from '../ports.js';
import type { AssessmentRecord } from './assessment-ports.js';
import { loadReadableSystem, ownedBy } from '../inventory/load-readable-system.js';

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

export const getAssessment = async (
  deps: Deps,
  ctx: RequestContext,
  systemId: string,
  assessmentId: string,
): Promise<TAssessment> =>
  deps.runInTenant(ctx.tenant, async (repos) =>
    toAssessmentView(repos, (await loadAssessment(repos, ctx, systemId, assessmentId)).assessment),
  );

export const listAssessments = async (deps: Deps, ctx: RequestContext, systemId: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorizeRead(abilityOf(ctx), 'Assessment', ownedBy(system), 'Assessment');
    const all = await repos.assessments.listForSystem(systemId);
    // Sequential: the transaction's single connection takes one query at a time.
    const items = [];
    for (const a of all) items.push(await toAssessmentView(repos, a));
    return { items, nextCursor: null };
  });

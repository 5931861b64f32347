import type { TAssessment } from '@kizuna/contracts';
import type { RequestContext } from '../context.js';
import type { Deps } from '../ports.js';
import { loadAssessment } from './load-assessment.js';
import { toAssessmentView } from './to-assessment-view.js';

export const getAssessment = async (
  deps: Deps,
  ctx: RequestContext,
  systemId: string,
  assessmentId: string,
): Promise<TAssessment> =>
  deps.runInTenant(ctx.tenant, async (repos) =>
    toAssessmentView(repos, (await loadAssessment(repos, ctx, systemId, assessmentId)).assessment),
  );

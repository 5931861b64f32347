import type { TFeedbackReport } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { feedbackSubject, toFeedbackView } from './feedback-subject.js';

export const getFeedback = async (deps: Deps, ctx: RequestContext, id: string): Promise<TFeedbackReport> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const report = await repos.feedback.findById(id);
    if (!report) throw new AppError('NOT_FOUND', 'Feedback not found');
    authorizeRead(abilityOf(ctx), 'Feedback', feedbackSubject(report), 'Feedback');
    return toFeedbackView(report);
  });

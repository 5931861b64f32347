import type { TFeedbackReport } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import type { Deps } from '../ports.js';
import { toFeedbackView } from './feedback-subject.js';
import { loadNewFeedback, recordTriage } from './triage-feedback.js';

export const dismissFeedback = async (
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; reason: string },
): Promise<TFeedbackReport> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const report = await loadNewFeedback(repos, abilityOf(ctx), input.id);
    return toFeedbackView(
      await recordTriage(deps, repos, ctx, report, { status: 'dismissed', dismissReason: input.reason }),
    );
  });

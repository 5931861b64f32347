import { buildListFilter } from '@kizuna/authz';
import type { TFeedbackQuery, TFeedbackReport } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Page } from '../page.js';
import type { Deps } from '../ports.js';
import { toFeedbackView } from './feedback-subject.js';

// The triage queue. The permission rules become the WHERE clause (a system owner's: reports about their systems).
export const listFeedback = async (
  deps: Deps,
  ctx: RequestContext,
  query: TFeedbackQuery,
): Promise<Page<TFeedbackReport>> => {
  const ability = abilityOf(ctx);
  authorize(ability, 'read', 'Feedback');
  const filter = buildListFilter(ability, 'read', 'Feedback');
  const page = await deps.runInTenant(ctx.tenant, (repos) => repos.feedback.list(filter, query));
  return { items: page.items.map(toFeedbackView), nextCursor: page.nextCursor };
};

import type { TFeedbackChannel } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Deps } from '../ports.js';

export const CHANNEL_OFF: TFeedbackChannel = { enabled: false, systemIds: [], intro: { ja: '', en: '' } };

export const getFeedbackChannel = async (deps: Deps, ctx: RequestContext): Promise<TFeedbackChannel> => {
  authorize(abilityOf(ctx), 'read', 'FeedbackChannel');
  return deps.runInTenant(ctx.tenant, async (repos) => (await repos.feedback.getChannel()) ?? CHANNEL_OFF);
};

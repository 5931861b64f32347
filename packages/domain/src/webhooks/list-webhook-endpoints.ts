import type { TCursorQuery, TWebhookEndpoint } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Page } from '../page.js';
import type { Deps } from '../ports.js';
import { toWebhookEndpointView } from './webhook-view.js';

export const listWebhookEndpoints = async (
  deps: Deps,
  ctx: RequestContext,
  query: TCursorQuery,
): Promise<Page<TWebhookEndpoint>> => {
  authorize(abilityOf(ctx), 'read', 'WebhookEndpoint');
  const page = await deps.runInTenant(ctx.tenant, (repos) => repos.webhooks.listEndpoints(query));
  return { items: page.items.map(toWebhookEndpointView), nextCursor: page.nextCursor };
};

import type { TWebhookDeliveriesQuery, TWebhookDelivery } from '@kizuna/contracts';
import type { RequestContext } from '../context.js';
import type { Page } from '../page.js';
import type { Deps } from '../ports.js';
import { findWebhookEndpoint } from './find-webhook-endpoint.js';
import { toWebhookDeliveryView } from './webhook-view.js';

export const listWebhookDeliveries = async (
  deps: Deps,
  ctx: RequestContext,
  endpointId: string,
  query: TWebhookDeliveriesQuery,
): Promise<Page<TWebhookDelivery>> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    await findWebhookEndpoint(repos, ctx, endpointId);
    const page = await repos.webhooks.listDeliveries(endpointId, query);
    return { items: page.items.map(toWebhookDeliveryView), nextCursor: page.nextCursor };
  });

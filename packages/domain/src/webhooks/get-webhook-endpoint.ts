import type { TWebhookEndpoint } from '@kizuna/contracts';
import type { RequestContext } from '../context.js';
import type { Deps } from '../ports.js';
import { findWebhookEndpoint } from './find-webhook-endpoint.js';
import { toWebhookEndpointView } from './webhook-view.js';

export const getWebhookEndpoint = async (deps: Deps, ctx: RequestContext, id: string): Promise<TWebhookEndpoint> =>
  deps.runInTenant(ctx.tenant, async (repos) => toWebhookEndpointView(await findWebhookEndpoint(repos, ctx, id)));

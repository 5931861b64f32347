import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { TenantRepos } from '../ports.js';
import type { WebhookEndpointRecord } from './webhook-ports.js';

// The endpoint the caller names, or 404 when it does not exist or they may not read it.
export const findWebhookEndpoint = async (
  repos: TenantRepos,
  ctx: RequestContext,
  id: string,
): Promise<WebhookEndpointRecord> => {
  const endpoint = await repos.webhooks.findEndpoint(id);
  if (!endpoint) throw new AppError('NOT_FOUND', 'Webhook endpoint not found');
  authorizeRead(abilityOf(ctx), 'WebhookEndpoint', endpoint, 'Webhook endpoint');
  return endpoint;
};

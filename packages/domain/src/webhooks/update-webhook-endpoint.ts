import type { TUpdateWebhookEndpoint, TWebhookEndpoint } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { checkWebhookUrl } from './check-webhook-url.js';
import { findWebhookEndpoint } from './find-webhook-endpoint.js';
import type { WebhookDeps } from './webhook-deps.js';
import { describeEndpoint, toWebhookEndpointView } from './webhook-view.js';

export type UpdateWebhookEndpointInput = { id: string; expectedVersion: number; change: TUpdateWebhookEndpoint };

export const updateWebhookEndpoint = async (
  deps: WebhookDeps,
  ctx: RequestContext,
  { id, expectedVersion, change }: UpdateWebhookEndpointInput,
): Promise<TWebhookEndpoint> => {
  if (change.url !== undefined) {
    const errors = checkWebhookUrl(change.url, deps.production !== false);
    if (errors.length) throw new AppError('VALIDATION_FAILED', 'The webhook URL is not accepted', { errors });
  }
  const updated = await deps.runInTenant(ctx.tenant, async (repos) => {
    const current = await findWebhookEndpoint(repos, ctx, id);
    authorize(abilityOf(ctx), 'update', 'WebhookEndpoint', current);
    const next = await repos.webhooks.updateEndpoint(id, expectedVersion, change);
    if (!next) throw new AppError('PRECONDITION_FAILED', 'The endpoint changed since you read it; reload and retry');
    await repos.audit.append({
      action: 'webhook.endpoint_updated',
      targetType: 'WebhookEndpoint',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { before: describeEndpoint(current), after: describeEndpoint(next), version: next.version },
    });
    return next;
  });
  if (updated.active) await deps.webhooks.ensureDispatcher(ctx.tenant.id);
  return toWebhookEndpointView(updated);
};

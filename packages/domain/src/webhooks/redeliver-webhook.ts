import type { TRedeliveryAccepted } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { findWebhookEndpoint } from './find-webhook-endpoint.js';
import type { WebhookDeps } from './webhook-deps.js';

// Sends a delivery again as a new series of attempts (its own retries, its own dead letter), whatever its status.
export const redeliverWebhook = async (
  deps: WebhookDeps,
  ctx: RequestContext,
  input: { endpointId: string; deliveryId: string },
): Promise<TRedeliveryAccepted> => {
  const restarted = await deps.runInTenant(ctx.tenant, async (repos) => {
    const endpoint = await findWebhookEndpoint(repos, ctx, input.endpointId);
    authorize(abilityOf(ctx), 'update', 'WebhookEndpoint', endpoint);
    const delivery = await repos.webhooks.findDelivery(input.deliveryId);
    if (!delivery || delivery.endpointId !== endpoint.id) throw new AppError('NOT_FOUND', 'Delivery not found');
    const next = await repos.webhooks.restartDelivery(delivery.id);
    if (!next) throw new AppError('NOT_FOUND', 'Delivery not found');
    await repos.audit.append({
      action: 'webhook.redelivery_requested',
      targetType: 'WebhookEndpoint',
      targetId: endpoint.id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { deliveryId: delivery.id, series: next.series },
    });
    return next;
  });
  await deps.webhooks.startDelivery(ctx.tenant.id, input.deliveryId, restarted.series);
  return { deliveryId: input.deliveryId, series: restarted.series, status: 'pending' };
};

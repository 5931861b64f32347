import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Deps } from '../ports.js';
import { findWebhookEndpoint } from './find-webhook-endpoint.js';
import { describeEndpoint } from './webhook-view.js';

// Removes the endpoint with its delivery log; deliveries still retrying find it gone and stop.
export const deleteWebhookEndpoint = async (deps: Deps, ctx: RequestContext, id: string): Promise<void> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const current = await findWebhookEndpoint(repos, ctx, id);
    authorize(abilityOf(ctx), 'delete', 'WebhookEndpoint', current);
    await repos.webhooks.deleteEndpoint(id);
    await repos.audit.append({
      action: 'webhook.endpoint_deleted',
      targetType: 'WebhookEndpoint',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { before: describeEndpoint(current) },
    });
  });

import type { TCreateWebhookEndpoint, TWebhookEndpointWithSecret } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import { checkWebhookUrl } from './check-webhook-url.js';
import type { WebhookDeps } from './webhook-deps.js';
import { generateWebhookSecret } from './webhook-secret-box.js';
import { describeEndpoint, toWebhookEndpointView } from './webhook-view.js';

// Registers an endpoint; the answer carries its secret, which is stored sealed and never shown again. Only events
// recorded after this one are delivered to it.
export const createWebhookEndpoint = async (
  deps: WebhookDeps,
  ctx: RequestContext,
  input: TCreateWebhookEndpoint,
): Promise<TWebhookEndpointWithSecret> => {
  authorize(abilityOf(ctx), 'create', 'WebhookEndpoint');
  const errors = checkWebhookUrl(input.url, deps.production !== false);
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'The webhook URL is not accepted', { errors });
  const secret = generateWebhookSecret();
  const id = newId(deps.now().getTime());
  const created = await deps.runInTenant(ctx.tenant, async (repos) => {
    const fields = {
      url: input.url,
      events: input.events,
      active: input.active,
      description: input.description ?? null,
    };
    const appended = await repos.audit.append({
      action: 'webhook.endpoint_created',
      targetType: 'WebhookEndpoint',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { after: describeEndpoint(fields) },
    });
    const head = appended?.seq ?? (await repos.audit.head())?.seq ?? 0;
    return repos.webhooks.insertEndpoint({
      ...fields,
      id,
      sealedSecret: deps.webhookSecrets.seal(secret),
      sinceSeq: head,
      createdBy: actorIdOf(ctx.actor),
    });
  });
  if (created.active) await deps.webhooks.ensureDispatcher(ctx.tenant.id);
  return { ...toWebhookEndpointView(created), secret };
};

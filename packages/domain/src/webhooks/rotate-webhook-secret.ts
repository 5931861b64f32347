import type { TRotateWebhookSecret, TWebhookEndpointWithSecret } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { findWebhookEndpoint } from './find-webhook-endpoint.js';
import type { WebhookDeps } from './webhook-deps.js';
import { generateWebhookSecret } from './webhook-secret-box.js';
import { toWebhookEndpointView } from './webhook-view.js';

const HOUR_MS = 3_600_000;

// A new secret, shown once; the old one keeps signing (beside it) for the overlap, so receivers can switch over
// without losing a delivery. An overlap of 0 retires the old secret at once.
export const rotateWebhookSecret = async (
  deps: WebhookDeps,
  ctx: RequestContext,
  id: string,
  input: TRotateWebhookSecret,
): Promise<TWebhookEndpointWithSecret> => {
  const secret = generateWebhookSecret();
  const now = deps.now();
  const updated = await deps.runInTenant(ctx.tenant, async (repos) => {
    const current = await findWebhookEndpoint(repos, ctx, id);
    authorize(abilityOf(ctx), 'update', 'WebhookEndpoint', current);
    const overlap = input.overlapHours > 0;
    const expiresAt = overlap ? new Date(now.getTime() + input.overlapHours * HOUR_MS).toISOString() : null;
    const next = await repos.webhooks.updateEndpoint(id, current.version, {
      sealedSecret: deps.webhookSecrets.seal(secret),
      previousSealedSecret: overlap ? current.sealedSecret : null,
      previousSecretExpiresAt: expiresAt,
    });
    if (!next) throw new AppError('CONFLICT', 'The endpoint changed during the rotation; retry');
    await repos.audit.append({
      action: 'webhook.secret_rotated',
      targetType: 'WebhookEndpoint',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { overlapHours: input.overlapHours, previousSecretExpiresAt: expiresAt, version: next.version },
    });
    return next;
  });
  return { ...toWebhookEndpointView(updated), secret };
};

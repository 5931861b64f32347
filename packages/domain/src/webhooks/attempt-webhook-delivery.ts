import { AppError } from '../errors/app-error.js';
import { redactErrorText } from '../errors/redact-error-text.js';
import type { AttemptOutcome } from './machine/webhook-delivery-machine.js';
import type { AttemptWebhookDeliveryInput } from './machine/webhook-messages.js';
import { signWebhookPayload } from './sign-webhook-payload.js';
import type { WebhookDeliveryDeps } from './webhook-deps.js';

const MAX_ERROR_LENGTH = 500;

/**
 * One attempt of a delivery (the `webhookDelivery` workflow's activity): sign the stored body with the current
 * secret (and the previous one during a rotation's overlap), POST it through the guarded sender, record the
 * attempt. Nothing is sent when the endpoint is gone or inactive, the delivery already went through, or a newer
 * series (a redelivery) took over. At least once: a crash after the POST and before the record sends it again.
 */
export const attemptWebhookDelivery = async (
  deps: WebhookDeliveryDeps,
  input: AttemptWebhookDeliveryInput,
): Promise<{ outcome: AttemptOutcome }> => {
  const tenant = await deps.control.tenants.findById(input.tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', 'Tenant not found');
  const loaded = await deps.runInTenant(tenant, async (repos) => {
    const delivery = await repos.webhooks.findDelivery(input.deliveryId);
    if (!delivery || delivery.series !== input.series || delivery.status === 'delivered') return null;
    if (delivery.status === 'dead') return null;
    const endpoint = await repos.webhooks.findEndpoint(delivery.endpointId);
    return endpoint?.active ? { delivery, endpoint } : null;
  });
  if (!loaded) return { outcome: 'skipped' };
  const { delivery, endpoint } = loaded;
  const now = deps.now().getTime();
  const overlapping =
    endpoint.previousSealedSecret !== null &&
    endpoint.previousSecretExpiresAt !== null &&
    Date.parse(endpoint.previousSecretExpiresAt) > now;
  const secrets = [
    deps.webhookSecrets.open(endpoint.sealedSecret),
    ...(overlapping ? [deps.webhookSecrets.open(endpoint.previousSealedSecret!)] : []),
  ];
  const result = await deps.sendWebhook({
    url: endpoint.url,
    body: delivery.body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'Kizuna-Webhooks/1',
      'Kizuna-Signature': signWebhookPayload(delivery.body, secrets, now),
      'Kizuna-Event-Id': delivery.id,
      'Kizuna-Event-Type': delivery.eventType,
    },
  });
  const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const error = delivered
    ? null
    : redactErrorText(result.error ?? `receiver answered ${result.statusCode}`).slice(0, MAX_ERROR_LENGTH);
  await deps.runInTenant(tenant, (repos) =>
    repos.webhooks.recordAttempt({
      deliveryId: delivery.id,
      series: input.series,
      attempt: input.attempt,
      at: new Date(now).toISOString(),
      outcome: delivered ? 'delivered' : input.final ? 'dead' : 'failed',
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error,
    }),
  );
  return { outcome: delivered ? 'delivered' : 'failed' };
};

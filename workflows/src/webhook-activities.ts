import {
  attemptWebhookDelivery,
  collectWebhookEvents,
  type Deps,
  type WebhookSecretBox,
  type WebhookSender,
} from '@kizuna/domain';
import type { AttemptWebhookDeliveryInput, CollectWebhookEventsInput } from '@kizuna/domain/webhooks';
import { guarded } from './activity-failure.js';

export type WebhookActivityDeps = Deps & { webhookSecrets: WebhookSecretBox; sendWebhook: WebhookSender };

// Activities of webhookDispatch and webhookDelivery; each calls one domain use-case and may run more than once.
export const createWebhookActivities = (deps: WebhookActivityDeps) => ({
  collectWebhookEvents: guarded((input: CollectWebhookEventsInput) => collectWebhookEvents(deps, input)),
  attemptWebhookDelivery: guarded((input: AttemptWebhookDeliveryInput) => attemptWebhookDelivery(deps, input)),
});

export type WebhookActivities = ReturnType<typeof createWebhookActivities>;

import type { Deps } from '../ports.js';
import type { WebhookGateway, WebhookSecretBox, WebhookSender } from './webhook-ports.js';

// What the webhook use-cases receive beyond Deps (apart from ports.ts, which lists the repositories).
export type WebhookDeps = Deps & { webhooks: WebhookGateway; webhookSecrets: WebhookSecretBox };
export type WebhookDeliveryDeps = Deps & { webhookSecrets: WebhookSecretBox; sendWebhook: WebhookSender };

import type { TWebhookDelivery, TWebhookEndpoint } from '@kizuna/contracts';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from './webhook-ports.js';

export const toWebhookEndpointView = (e: WebhookEndpointRecord): TWebhookEndpoint => ({
  id: e.id,
  url: e.url,
  events: e.events,
  active: e.active,
  description: e.description,
  previousSecretExpiresAt: e.previousSecretExpiresAt,
  createdBy: e.createdBy,
  version: e.version,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

export const toWebhookDeliveryView = ({
  auditSeq: _seq,
  body: _body,
  ...view
}: WebhookDeliveryRecord): TWebhookDelivery => view;

/** What the audit trail records of an endpoint: never its secrets. */
export const describeEndpoint = (e: Pick<WebhookEndpointRecord, 'url' | 'events' | 'active' | 'description'>) => ({
  url: e.url,
  events: e.events,
  active: e.active,
  description: e.description,
});

import { z } from 'zod';
import { ZCursorQuery, ZUuid, zText } from './common.js';

// Signed webhooks (issue #7 §6): the event types a tenant may subscribe to, endpoints and their delivery log.

export const WEBHOOK_EVENT_TYPES = [
  'incident.created',
  'incident.updated',
  'incident.clock.approaching',
  'incident.clock.missed',
  'incident.report.filed',
  'signoff.requested',
  'signoff.decided',
  'lifecycle.state_changed',
  'review.opened',
  'feedback.received',
] as const;
export type TWebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead'] as const;
export type TWebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const WEBHOOK_URL_MAX_LENGTH = 2048;
export const WEBHOOK_MAX_OVERLAP_HOURS = 168;

// Scheme, credentials and private hosts are checked by the domain (they depend on production mode).
const ZWebhookUrl = z.url({ protocol: /^https?$/ }).max(WEBHOOK_URL_MAX_LENGTH);
const ZEvents = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((e) => new Set(e).size === e.length, 'must not repeat an event type');

export const ZCreateWebhookEndpoint = z
  .object({
    url: ZWebhookUrl,
    events: ZEvents,
    active: z.boolean().default(true),
    description: zText(500).nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateWebhookEndpoint' });
export type TCreateWebhookEndpoint = z.infer<typeof ZCreateWebhookEndpoint>;

export const ZUpdateWebhookEndpoint = z
  .object({ url: ZWebhookUrl, events: ZEvents, active: z.boolean(), description: zText(500).nullable() })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'at least one field to change')
  .meta({ id: 'UpdateWebhookEndpoint' });
export type TUpdateWebhookEndpoint = z.infer<typeof ZUpdateWebhookEndpoint>;

export const ZRotateWebhookSecret = z
  .object({ overlapHours: z.number().int().min(0).max(WEBHOOK_MAX_OVERLAP_HOURS).default(24) })
  .strict()
  .meta({ id: 'RotateWebhookSecret' });
export type TRotateWebhookSecret = z.infer<typeof ZRotateWebhookSecret>;

export const ZWebhookEndpoint = z
  .object({
    id: ZUuid,
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    active: z.boolean(),
    description: z.string().nullable(),
    // While set, deliveries carry a signature with the previous secret too.
    previousSecretExpiresAt: z.iso.datetime().nullable(),
    createdBy: z.string(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type TWebhookEndpoint = z.infer<typeof ZWebhookEndpoint>;

/** The endpoint with its signing secret: only in the answer that creates or rotates it. */
export const ZWebhookEndpointWithSecret = ZWebhookEndpoint.extend({ secret: z.string() }).meta({
  id: 'WebhookEndpointWithSecret',
});
export type TWebhookEndpointWithSecret = z.infer<typeof ZWebhookEndpointWithSecret>;

export const ZWebhookDelivery = z
  .object({
    id: ZUuid,
    endpointId: ZUuid,
    eventType: z.enum(WEBHOOK_EVENT_TYPES),
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    // Attempts of the current series (a redelivery starts a new one) and across all series.
    series: z.number().int(),
    attempts: z.number().int(),
    totalAttempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZWebhookDeliveriesQuery = ZCursorQuery.extend({
  status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(),
});
export type TWebhookDeliveriesQuery = z.infer<typeof ZWebhookDeliveriesQuery>;

export const ZWebhookDeliveryParams = z.object({ id: ZUuid, deliveryId: ZUuid });

export const ZRedeliveryAccepted = z
  .object({ deliveryId: ZUuid, series: z.number().int(), status: z.literal('pending') })
  .meta({ id: 'RedeliveryAccepted' });
export type TRedeliveryAccepted = z.infer<typeof ZRedeliveryAccepted>;

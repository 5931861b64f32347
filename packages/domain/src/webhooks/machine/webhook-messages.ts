import type { DeliveryTiming } from './webhook-delivery-machine.js';

// Arguments of the webhook workflows and their activities, declared once here for the workflow shells, the
// activities and the gateway that starts them.

export type DispatchTiming = {
  /** How long the dispatcher sleeps when it found nothing new (a signal wakes it sooner). */
  pollMs: number;
  /** Audit events read per activity call. */
  batchSize: number;
  /** Iterations before continueAsNew keeps the history short. */
  iterationsPerRun: number;
};

export const DEFAULT_DISPATCH_TIMING: DispatchTiming = { pollMs: 5_000, batchSize: 200, iterationsPerRun: 200 };

export type WebhookDispatchInput = {
  tenantId: string;
  /** The last audit seq turned into deliveries; null: read it from the database. */
  cursor: number | null;
  timing: DispatchTiming;
  delivery: DeliveryTiming;
};

export type CollectWebhookEventsInput = { tenantId: string; afterSeq: number | null; limit: number };
export type CollectedDelivery = { deliveryId: string; series: number };
export type CollectWebhookEventsResult = {
  cursor: number;
  /** Every delivery of the events after `afterSeq` up to `cursor`, new or recorded by an earlier try. */
  deliveries: CollectedDelivery[];
  /** A full batch was read: more events may be waiting. */
  more: boolean;
  /** The tenant still has an active endpoint. */
  active: boolean;
};

export type WebhookDeliveryInput = { tenantId: string; deliveryId: string; series: number; timing: DeliveryTiming };
export type AttemptWebhookDeliveryInput = {
  tenantId: string;
  deliveryId: string;
  series: number;
  attempt: number;
  final: boolean;
};

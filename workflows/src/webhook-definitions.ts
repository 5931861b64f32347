import { defineSignal } from '@temporalio/workflow';

// Messages and IDs of the webhook workflows, shared by the workflows (sandboxed) and the gateway. Argument types
// are the domain's (`@kizuna/domain/webhooks`).
export type {
  DeliveryTiming,
  DispatchTiming,
  WebhookDeliveryInput,
  WebhookDispatchInput,
} from '@kizuna/domain/webhooks';

export const webhookDispatchWorkflowId = (tenantId: string) => `tenant/${tenantId}/webhook-dispatch`;
// One run per delivery and series: starting it twice (a retried dispatch, a double click) starts it once.
export const webhookDeliveryWorkflowId = (tenantId: string, deliveryId: string, series: number) =>
  `tenant/${tenantId}/webhook-delivery/${deliveryId}/${series}`;

/** Wakes the dispatcher before its poll interval ends (an endpoint was added or switched on). */
export const wakeDispatcherSignal = defineSignal('wakeDispatcher');

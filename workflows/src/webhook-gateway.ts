import { AppError, type WebhookGateway } from '@kizuna/domain';
import {
  DEFAULT_DELIVERY_TIMING,
  DEFAULT_DISPATCH_TIMING,
  type DeliveryTiming,
  type DispatchTiming,
} from '@kizuna/domain/webhooks';
import type { Client } from '@temporalio/client';
import { TASK_QUEUE, TENANT_ID_ATTRIBUTE } from './definitions.js';
import { wakeDispatcherSignal, webhookDeliveryWorkflowId, webhookDispatchWorkflowId } from './webhook-definitions.js';
import type { webhookDelivery, webhookDispatch } from './workflows.js';

export type WebhookTimingOptions = { dispatch?: Partial<DispatchTiming>; delivery?: Partial<DeliveryTiming> };

const unavailable = (cause: unknown) =>
  new AppError('SERVICE_UNAVAILABLE', 'The webhook workflows are unavailable; retry shortly', {
    cause,
    retryAfterSeconds: 2,
  });

// The domain's WebhookGateway over Temporal. Timings are the product's defaults unless a test or demo shortens them.
export const createWebhookGateway = (client: Client, options: WebhookTimingOptions = {}): WebhookGateway => {
  const dispatch = { ...DEFAULT_DISPATCH_TIMING, ...options.dispatch };
  const delivery = { ...DEFAULT_DELIVERY_TIMING, ...options.delivery };
  return {
    async ensureDispatcher(tenantId) {
      try {
        // Starts the dispatcher, or wakes the one running, in one call.
        await client.workflow.signalWithStart<typeof webhookDispatch, []>('webhookDispatch', {
          taskQueue: TASK_QUEUE,
          workflowId: webhookDispatchWorkflowId(tenantId),
          args: [{ tenantId, cursor: null, timing: dispatch, delivery }],
          signal: wakeDispatcherSignal,
          signalArgs: [],
          typedSearchAttributes: [{ key: TENANT_ID_ATTRIBUTE, value: tenantId }],
        });
      } catch (err) {
        throw unavailable(err);
      }
    },
    async startDelivery(tenantId, deliveryId, series) {
      try {
        await client.workflow.start<typeof webhookDelivery>('webhookDelivery', {
          taskQueue: TASK_QUEUE,
          workflowId: webhookDeliveryWorkflowId(tenantId, deliveryId, series),
          args: [{ tenantId, deliveryId, series, timing: delivery }],
          workflowIdConflictPolicy: 'USE_EXISTING',
          typedSearchAttributes: [{ key: TENANT_ID_ATTRIBUTE, value: tenantId }],
        });
      } catch (err) {
        throw unavailable(err);
      }
    },
  };
};

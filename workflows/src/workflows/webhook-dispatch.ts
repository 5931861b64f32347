import type { WebhookDispatchInput } from '@kizuna/domain/webhooks';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  ParentClosePolicy,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { WebhookActivities } from '../webhook-activities.js';
import { wakeDispatcherSignal, webhookDeliveryWorkflowId } from '../webhook-definitions.js';
import { webhookDelivery } from './webhook-delivery.js';

const { collectWebhookEvents } = proxyActivities<WebhookActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * One per tenant with an active endpoint: turns new audit events into deliveries (the activity records them and
 * the cursor in one transaction) and starts a `webhookDelivery` per delivery, then sleeps until the poll interval
 * ends or a signal wakes it. It ends when no endpoint is active; the next one activated starts it again.
 */
export async function webhookDispatch(input: WebhookDispatchInput): Promise<void> {
  let woken = false;
  setHandler(wakeDispatcherSignal, () => {
    woken = true;
  });
  let cursor = input.cursor;
  for (let i = 0; i < input.timing.iterationsPerRun; i++) {
    const batch = await collectWebhookEvents({
      tenantId: input.tenantId,
      afterSeq: cursor,
      limit: input.timing.batchSize,
    });
    for (const d of batch.deliveries) {
      try {
        await startChild(webhookDelivery, {
          workflowId: webhookDeliveryWorkflowId(input.tenantId, d.deliveryId, d.series),
          args: [{ tenantId: input.tenantId, deliveryId: d.deliveryId, series: d.series, timing: input.delivery }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
          taskQueue: workflowInfo().taskQueue,
        });
      } catch (err) {
        // Started by an earlier try of this batch: nothing to do.
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    }
    cursor = batch.cursor;
    if (!batch.active && !woken) return;
    if (!batch.more) {
      await condition(() => woken, input.timing.pollMs);
      woken = false;
    }
  }
  await continueAsNew<typeof webhookDispatch>({ ...input, cursor });
}

import { decideDeliveryStep, isFinalAttempt, type WebhookDeliveryInput } from '@kizuna/domain/webhooks';
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { WebhookActivities } from '../webhook-activities.js';

// The HTTP call has its own 10 s timeout; the activity retries only our own failures (the database).
const { attemptWebhookDelivery } = proxyActivities<WebhookActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 10 },
});

/** One series of attempts of one delivery: the domain's rule decides when to retry and when it is dead. */
export async function webhookDelivery(input: WebhookDeliveryInput): Promise<'delivered' | 'dead' | 'skipped'> {
  let attempt = 1;
  for (;;) {
    const final = isFinalAttempt(attempt, input.timing);
    const { outcome } = await attemptWebhookDelivery({
      tenantId: input.tenantId,
      deliveryId: input.deliveryId,
      series: input.series,
      attempt,
      final,
    });
    const step = decideDeliveryStep(attempt, outcome, input.timing);
    if (step.kind === 'done') return step.status;
    if (step.kind === 'wait') {
      await sleep(step.ms);
      attempt = step.next;
    }
  }
}

import { AppError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import type { CollectWebhookEventsInput, CollectWebhookEventsResult } from './machine/webhook-messages.js';
import { mapAuditEvent } from './map-audit-event.js';
import type { NewWebhookDelivery } from './webhook-ports.js';

/**
 * The dispatcher's activity (the transactional outbox): audit events after `afterSeq` become one delivery per
 * (event, subscribed endpoint), recorded idempotently with the cursor in one transaction. It answers every
 * delivery of that range still pending, including those an earlier try recorded, so a crash between this and
 * starting their workflows loses none.
 */
export const collectWebhookEvents = async (
  deps: Deps,
  input: CollectWebhookEventsInput,
): Promise<CollectWebhookEventsResult> => {
  const tenant = await deps.control.tenants.findById(input.tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', 'Tenant not found');
  return deps.runInTenant(tenant, async (repos) => {
    const endpoints = await repos.webhooks.listActiveEndpoints();
    const stored = input.afterSeq ?? (await repos.webhooks.readCursor());
    if (endpoints.length === 0) return { cursor: stored ?? 0, deliveries: [], more: false, active: false };
    // Nothing before the oldest endpoint's registration is delivered: skip it instead of reading it.
    const after = Math.max(stored ?? 0, Math.min(...endpoints.map((e) => e.sinceSeq)));
    const events = await repos.audit.scan(after, input.limit);
    const now = deps.now().getTime();
    const rows: NewWebhookDelivery[] = [];
    for (const event of events) {
      for (const mapped of mapAuditEvent(event)) {
        for (const endpoint of endpoints) {
          if (event.seq <= endpoint.sinceSeq || !endpoint.events.includes(mapped.type)) continue;
          const id = newId(now);
          const body = JSON.stringify({
            id,
            type: mapped.type,
            createdAt: event.occurredAt,
            tenant: tenant.slug,
            data: mapped.data,
          });
          rows.push({ id, endpointId: endpoint.id, auditSeq: event.seq, eventType: mapped.type, body });
        }
      }
    }
    const cursor = events.at(-1)?.seq ?? after;
    await repos.webhooks.insertDeliveries(rows);
    await repos.webhooks.saveCursor(cursor);
    const recorded = cursor > after ? await repos.webhooks.listDeliveriesForSeqs(after, cursor) : [];
    return {
      cursor,
      deliveries: recorded.filter((d) => d.status === 'pending').map((d) => ({ deliveryId: d.id, series: d.series })),
      more: events.length === input.limit,
      active: true,
    };
  });
};

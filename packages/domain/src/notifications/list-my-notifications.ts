import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Deps } from '../ports.js';

export const listMyNotifications = async (
  deps: Deps,
  ctx: RequestContext,
  query: { limit: number; unread?: boolean },
) => {
  if (ctx.actor.kind !== 'user') return { items: [], nextCursor: null };
  const recipientId = ctx.actor.userId;
  authorize(abilityOf(ctx), 'read', 'Notification', { recipientId });
  const items = await deps.runInTenant(ctx.tenant, (repos) =>
    repos.notifications.listForRecipient(recipientId, { limit: query.limit, unreadOnly: query.unread ?? false }),
  );
  return { items, nextCursor: null };
};

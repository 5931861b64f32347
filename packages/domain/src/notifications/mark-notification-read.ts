import type { RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';

export const markNotificationRead = async (deps: Deps, ctx: RequestContext, id: string) => {
  if (ctx.actor.kind !== 'user') throw new AppError('NOT_FOUND', 'Notification not found');
  const recipientId = ctx.actor.userId;
  const found = await deps.runInTenant(ctx.tenant, (repos) =>
    repos.notifications.markRead(recipientId, id, deps.now()),
  );
  // Someone else's notification answers like a missing one.
  if (!found) throw new AppError('NOT_FOUND', 'Notification not found');
};

import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Deps } from '../ports.js';

export const listMembers = async (deps: Deps, ctx: RequestContext) => {
  authorize(abilityOf(ctx), 'read', 'Member');
  return { items: await deps.control.users.listMembers(ctx.tenant.id), nextCursor: null };
};

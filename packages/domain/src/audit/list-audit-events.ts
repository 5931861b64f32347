import type { TAuditEvent, TCursorQuery } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Page } from '../page.js';
import type { Deps } from '../ports.js';

export const listAuditEvents = async (
  deps: Deps,
  ctx: RequestContext,
  query: TCursorQuery,
): Promise<Page<TAuditEvent>> => {
  authorize(abilityOf(ctx), 'read', 'AuditEvent');
  return deps.runInTenant(ctx.tenant, (repos) => repos.audit.list(query));
};

import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { ownedBy } from '../inventory/owned-by.js';
import type { Deps } from '../ports.js';

export const listRiskLog = async (deps: Deps, ctx: RequestContext, systemId: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorizeRead(abilityOf(ctx), 'Assessment', ownedBy(system), 'Risk log');
    return { items: await repos.riskLog.listForSystem(system.id), nextCursor: null };
  });

import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { ownedBy } from '../inventory/owned-by.js';
import type { Deps } from '../ports.js';

export const listEvidence = async (deps: Deps, ctx: RequestContext, systemId: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorizeRead(abilityOf(ctx), 'Evidence', ownedBy(system), 'Evidence');
    return { items: await repos.evidence.listForSystem(system.id), nextCursor: null };
  });

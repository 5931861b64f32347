import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { ownedBy } from '../inventory/owned-by.js';
import type { Deps } from '../ports.js';
import { toAssessmentView } from './to-assessment-view.js';

export const listAssessments = async (deps: Deps, ctx: RequestContext, systemId: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorizeRead(abilityOf(ctx), 'Assessment', ownedBy(system), 'Assessment');
    const all = await repos.assessments.listForSystem(systemId);
    // Sequential: the transaction's single connection takes one query at a time.
    const items = [];
    for (const a of all) items.push(await toAssessmentView(repos, a));
    return { items, nextCursor: null };
  });

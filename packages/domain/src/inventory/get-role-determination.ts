import type { TRoleDetermination } from '@kizuna/contracts';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { loadReadableSystem } from './load-readable-system.js';

export const getRoleDetermination = async (deps: Deps, ctx: RequestContext, systemId: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    await loadReadableSystem(repos, ctx, systemId);
    const fields = await repos.aiSystems.getGovernanceFields(systemId);
    if (!fields?.roleDetermination) throw new AppError('NOT_FOUND', 'Roles have not been determined yet');
    return fields.roleDetermination as TRoleDetermination;
  });

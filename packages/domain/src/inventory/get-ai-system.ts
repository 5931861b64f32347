import type { TAiSystem } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';

export const getAiSystem = async (deps: Deps, ctx: RequestContext, id: string): Promise<TAiSystem> => {
  const system = await deps.runInTenant(ctx.tenant, (repos) => repos.aiSystems.findById(id));
  if (!system) throw new AppError('NOT_FOUND', 'AI system not found');
  authorizeRead(abilityOf(ctx), 'AiSystem', system, 'AI system');
  return system;
};

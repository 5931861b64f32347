import type { TAiSystem } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { TenantRepos } from '../ports.js';

// Loads a system the caller may read, or answers 404 as if it did not exist.
export const loadReadableSystem = async (
  repos: TenantRepos,
  ctx: RequestContext,
  systemId: string,
): Promise<TAiSystem> => {
  const system = await repos.aiSystems.findById(systemId);
  if (!system) throw new AppError('NOT_FOUND', 'AI system not found');
  authorizeRead(abilityOf(ctx), 'AiSystem', system, 'AI system');
  return system;
};

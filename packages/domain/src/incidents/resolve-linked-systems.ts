import { AppError } from '../errors/app-error.js';
import type { TenantRepos } from '../ports.js';

/**
 * The owners of the AI systems an incident names. A system that is not in this tenant is a field error, the same
 * for one that never existed and one of another tenant (whose schema this transaction cannot see).
 */
export const resolveLinkedSystems = async (repos: TenantRepos, systemIds: string[]): Promise<string[]> => {
  const owners: string[] = [];
  const errors: { path: string; message: string }[] = [];
  for (const [index, id] of systemIds.entries()) {
    const system = await repos.aiSystems.findById(id);
    if (!system) errors.push({ path: `body.systemIds.${index}`, message: `no AI system ${id} in this tenant` });
    else if (system.ownerId) owners.push(system.ownerId);
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'The incident names unknown AI systems', { errors });
  return [...new Set(owners)];
};

import { AppError, type FieldError } from '../errors/app-error.js';
import type { Deps, TenantRepos } from '../ports.js';
import type { TenantRecord } from '../tenants/tenant-ports.js';

/**
 * The owners of the AI systems a request names, after checking that every linked system and incident is in this
 * tenant: one of another tenant is an error like one that never existed (this schema cannot see it).
 */
export const resolveRequestLinks = async (
  repos: TenantRepos,
  links: { systemIds: string[]; incidentIds: string[] },
): Promise<string[]> => {
  const owners: string[] = [];
  const errors: FieldError[] = [];
  for (const [index, id] of links.systemIds.entries()) {
    const system = await repos.aiSystems.findById(id);
    if (!system) errors.push({ path: `body.systemIds.${index}`, message: `no AI system ${id} in this tenant` });
    else if (system.ownerId) owners.push(system.ownerId);
  }
  for (const [index, id] of links.incidentIds.entries()) {
    if (!(await repos.incidents.findById(id)))
      errors.push({ path: `body.incidentIds.${index}`, message: `no incident ${id} in this tenant` });
  }
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', 'The request names unknown systems or incidents', { errors });
  return [...new Set(owners)];
};

/** The owner must be a member of the tenant. */
export const checkRequestOwner = async (deps: Deps, tenant: TenantRecord, ownerId: string | null): Promise<void> => {
  if (ownerId === null) return;
  if (await deps.control.users.findMembership(tenant.id, ownerId)) return;
  throw new AppError('VALIDATION_FAILED', 'The owner is not a member of this tenant', {
    errors: [{ path: 'body.ownerId', message: `no member ${ownerId} in this tenant` }],
  });
};

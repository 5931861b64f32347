import { ROLES } from '@kizuna/authz';
import { AppError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import type { Deps, UserRecord } from '../ports.js';
import { hashPassword } from './password.js';

// Operator-side: creates the user if missing (never overwrites an existing password).
export const ensureUser = async (
  deps: Deps,
  input: { email: string; displayName: string; password: string; locale?: 'ja' | 'en' },
): Promise<UserRecord> => {
  const email = input.email.trim().toLowerCase();
  const existing = await deps.control.users.findByEmail(email);
  if (existing) return existing;
  return deps.control.users.upsert({
    id: newId(deps.now().getTime()),
    email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    locale: input.locale ?? 'ja',
    disabledAt: null,
  });
};

export const grantMembership = async (
  deps: Deps,
  input: { tenantId: string; userId: string; roles: string[]; businessUnitIds?: string[] },
): Promise<void> => {
  const unknown = input.roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new AppError('VALIDATION_FAILED', `Unknown roles: ${unknown.join(', ')}`);
  const tenant = await deps.control.tenants.findById(input.tenantId);
  if (!tenant) throw new AppError('NOT_FOUND', 'Tenant not found');
  const membership = {
    tenantId: input.tenantId,
    userId: input.userId,
    roles: input.roles,
    businessUnitIds: input.businessUnitIds ?? [],
  };
  await deps.runInTenant(tenant, async (repos) => {
    await repos.memberships.upsert(membership);
    await repos.audit.append({
      action: 'membership.granted',
      targetType: 'Member',
      targetId: input.userId,
      actor: { type: 'system', id: 'operator' },
      requestId: null,
      data: { roles: input.roles, businessUnitIds: membership.businessUnitIds },
    });
  });
};

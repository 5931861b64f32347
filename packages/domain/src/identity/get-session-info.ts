import type { TSessionInfo } from '@kizuna/contracts';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';

export const getSessionInfo = async (deps: Deps, userId: string): Promise<TSessionInfo> => {
  const user = await deps.control.users.findById(userId);
  if (!user || user.disabledAt) throw new AppError('UNAUTHENTICATED', 'Session is no longer valid');
  const memberships = await deps.control.users.listMemberships(userId);
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
    tenants: memberships.map((m) => ({ slug: m.tenantSlug, name: m.tenantName, roles: m.roles })),
  };
};

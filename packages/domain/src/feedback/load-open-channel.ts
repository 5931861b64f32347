import type { TFeedbackChannel } from '@kizuna/contracts';
import { AppError } from '../errors/app-error.js';
import type { Deps, TenantRepos } from '../ports.js';
import type { TenantRecord } from '../tenants/tenant-ports.js';

// The public side finds a tenant by slug. An unknown tenant, one not active and one whose channel is off all
// answer the same 404, so the page tells a stranger nothing about which tenants exist.
export const findOpenChannelTenant = async (deps: Deps, slug: string): Promise<TenantRecord> => {
  const tenant = await deps.control.tenants.findBySlug(slug);
  if (!tenant || tenant.status !== 'active') throw notFound();
  return tenant;
};

export const loadOpenChannel = async (repos: TenantRepos): Promise<TFeedbackChannel> => {
  const channel = await repos.feedback.getChannel();
  if (!channel?.enabled) throw notFound();
  return channel;
};

const notFound = () => new AppError('NOT_FOUND', 'No feedback channel here');

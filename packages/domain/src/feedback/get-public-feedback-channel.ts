import type { TPublicFeedbackChannel } from '@kizuna/contracts';
import type { Deps } from '../ports.js';
import { findOpenChannelTenant, loadOpenChannel } from './load-open-channel.js';

// What the public page shows: the tenant's name, its introduction and the systems one may name, by name only.
export const getPublicFeedbackChannel = async (deps: Deps, tenantSlug: string): Promise<TPublicFeedbackChannel> => {
  const tenant = await findOpenChannelTenant(deps, tenantSlug);
  return deps.runInTenant(tenant, async (repos) => {
    const channel = await loadOpenChannel(repos);
    const systems: TPublicFeedbackChannel['systems'] = [];
    for (const id of channel.systemIds) {
      const system = await repos.aiSystems.findById(id);
      if (system && system.lifecycleState !== 'retired') systems.push({ id: system.id, name: system.name });
    }
    return { tenantName: tenant.name, intro: channel.intro, systems };
  });
};

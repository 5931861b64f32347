import type { Deps } from '../ports.js';
import type { TenantRecord } from '../tenants/tenant-ports.js';
import type { LifecycleGateway } from './lifecycle-ports.js';
import { readLifecycleStart } from './read-lifecycle-start.js';

// Starts the lifecycle workflow of every system that has none running: systems registered before the workflow
// existed, or whose start was lost to a crash. Starting is idempotent (an already running workflow is kept).
export const reconcileLifecycles = async (deps: Deps, lifecycle: LifecycleGateway, tenant: TenantRecord) => {
  const systems = await deps.runInTenant(tenant, async (repos) => {
    const found = [];
    // Sequential: the transaction's single connection takes one query at a time.
    for (const s of await repos.aiSystems.listIds()) {
      if (s.lifecycleState === 'retired') continue;
      const system = await repos.aiSystems.findById(s.id);
      if (system) found.push({ id: s.id, start: await readLifecycleStart(repos, system) });
    }
    return found;
  });
  for (const s of systems) await lifecycle.ensureStarted(tenant.id, s.id, s.start);
  return { checked: systems.length };
};

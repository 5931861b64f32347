import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { RecordSignOffInput } from './sign-off-ports.js';
import { writeSignOff } from './write-sign-off.js';

// One row per (assessment, signer, snapshot); a retried activity inserts nothing the second time.
export const recordSignOff = async (deps: Deps, input: RecordSignOffInput): Promise<void> => {
  const tenant = await loadTenant(deps, input.tenantId);
  await deps.runInTenant(tenant, (repos) => writeSignOff(repos, input));
};

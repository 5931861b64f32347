import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';

// The assessment's status as the workflow decided it (an activity body); setting it twice changes nothing.
export const setAssessmentStatus = async (
  deps: Deps,
  input: { tenantId: string; assessmentId: string; status: 'in_progress' | 'approved' | 'rejected' },
): Promise<void> => {
  const tenant = await loadTenant(deps, input.tenantId);
  await deps.runInTenant(tenant, (repos) => repos.assessments.setStatus(input.assessmentId, input.status));
};

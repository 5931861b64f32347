import type { TRiskAssessment } from '@kizuna/contracts';
import type { Deps, TenantRepos } from '../ports.js';
import type { TransitionRecord } from '../assessments/assessment-ports.js';
import { loadTenant } from '../tenants/load-tenant.js';

export type TransitionInput = TransitionRecord & {
  tenantId: string;
  projection: { currentAssessmentId?: string | null; nextReviewAt?: string | null; risk?: TRiskAssessment | null };
};

// The workflow's transition, written to the projection the API reads and to the audit chain in one transaction.
// Keyed by (system, seq): a retried activity finds it applied and changes nothing.
export const applyLifecycleTransition = async (deps: Deps, input: TransitionInput): Promise<{ applied: boolean }> => {
  const tenant = await loadTenant(deps, input.tenantId);
  return deps.runInTenant(tenant, (repos) => writeTransition(repos, input));
};

// The transition and its audit event, inside the caller's tenant transaction.
export const writeTransition = async (repos: TenantRepos, input: TransitionInput): Promise<{ applied: boolean }> => {
  const { tenantId: _tenantId, projection, ...transition } = input;
  const applied = await repos.lifecycle.applyTransition({ ...transition, projection });
  if (!applied) return { applied: false };
  await repos.audit.append({
    action: `lifecycle.${transition.action}`,
    targetType: 'AiSystem',
    targetId: transition.systemId,
    actor:
      transition.actorId === 'system' ? { type: 'system', id: 'lifecycle' } : { type: 'user', id: transition.actorId },
    requestId: null,
    data: { seq: transition.seq, from: transition.fromState, to: transition.toState, ...transition.data },
    dedupeKey: `lifecycle:${transition.systemId}:${transition.seq}`,
  });
  return { applied: true };
};

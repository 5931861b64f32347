import type { TRiskAssessment } from '@kizuna/contracts';
import type { Deps } from '../ports.js';
import type { TransitionRecord } from './governance-ports.js';
import { loadTenant } from './load-tenant.js';

export type TransitionInput = TransitionRecord & {
  tenantId: string;
  projection: { currentAssessmentId?: string | null; nextReviewAt?: string | null; risk?: TRiskAssessment | null };
};

// The workflow's transition, written to the projection the API reads and to the audit chain in one transaction.
// Keyed by (system, seq): a retried activity finds it applied and changes nothing.
export const applyLifecycleTransition = async (deps: Deps, input: TransitionInput): Promise<{ applied: boolean }> => {
  const { tenantId, projection, ...transition } = input;
  const tenant = await loadTenant(deps, tenantId);
  return deps.runInTenant(tenant, async (repos) => {
    const applied = await repos.lifecycle.applyTransition({ ...transition, projection });
    if (!applied) return { applied: false };
    await repos.audit.append({
      action: `lifecycle.${transition.action}`,
      targetType: 'AiSystem',
      targetId: transition.systemId,
      actor:
        transition.actorId === 'system'
          ? { type: 'system', id: 'lifecycle' }
          : { type: 'user', id: transition.actorId },
      requestId: null,
      data: { seq: transition.seq, from: transition.fromState, to: transition.toState, ...transition.data },
      dedupeKey: `lifecycle:${transition.systemId}:${transition.seq}`,
    });
    return { applied: true };
  });
};

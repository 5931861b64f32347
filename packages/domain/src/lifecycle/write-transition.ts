import type { TenantRepos } from '../ports.js';
import type { TransitionInput } from './lifecycle-ports.js';

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

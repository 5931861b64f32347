import type { TAiSystem, TUpdateAiSystem } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize, authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';

export type UpdateAiSystemInput = { id: string; expectedVersion: number; change: TUpdateAiSystem };

export const updateAiSystem = async (
  deps: Deps,
  ctx: RequestContext,
  { id, expectedVersion, change }: UpdateAiSystemInput,
): Promise<TAiSystem> => {
  const ability = abilityOf(ctx);
  return deps.runInTenant(ctx.tenant, async (repos) => {
    const current = await repos.aiSystems.findById(id);
    if (!current) throw new AppError('NOT_FOUND', 'AI system not found');
    authorizeRead(ability, 'AiSystem', current, 'AI system');
    authorize(ability, 'update', 'AiSystem', current);
    const { profile, ...rest } = change;
    const next = { ...rest, ...(profile ? { profile: { ...current.profile, ...profile } } : {}) };
    // An owner may not hand the system to someone else and keep editing rights by accident.
    authorize(ability, 'update', 'AiSystem', { ...current, ...next });
    if (current.version !== expectedVersion) {
      throw new AppError('PRECONDITION_FAILED', 'The AI system changed since you read it; reload and retry');
    }
    const updated = await repos.aiSystems.update(id, expectedVersion, next);
    if (!updated)
      throw new AppError('PRECONDITION_FAILED', 'The AI system changed since you read it; reload and retry');
    await repos.audit.append({
      action: 'ai_system.updated',
      targetType: 'AiSystem',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { before: current, change: next, version: updated.version },
    });
    return updated;
  });
};

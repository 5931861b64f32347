import type { TAiSystem, TCreateAiSystem } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';

export const createAiSystem = async (deps: Deps, ctx: RequestContext, input: TCreateAiSystem): Promise<TAiSystem> => {
  const ownerId = input.ownerId !== undefined ? input.ownerId : ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const draft = {
    id: newId(deps.now().getTime()),
    name: input.name,
    purpose: input.purpose,
    businessUnitId: input.businessUnitId ?? null,
    ownerId,
    lifecycleState: 'draft' as const,
    roles: [...new Set(input.roles)],
    profile: input.profile,
    vendor: input.vendor ?? null,
    modelName: input.modelName ?? null,
    deploymentRegions: [...new Set(input.deploymentRegions)],
    riskTier: null,
    createdBy: actorIdOf(ctx.actor),
  };
  authorize(abilityOf(ctx), 'create', 'AiSystem', draft);
  return deps.runInTenant(ctx.tenant, async (repos) => {
    const created = await repos.aiSystems.insert(draft);
    await repos.audit.append({
      action: 'ai_system.created',
      targetType: 'AiSystem',
      targetId: created.id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { after: created },
    });
    return created;
  });
};

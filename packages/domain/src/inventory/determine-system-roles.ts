import type { TRoleDetermination, TRoleQuestionnaire } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { determineRoles } from './determine-roles.js';
import { loadReadableSystem } from './load-readable-system.js';

export const determineSystemRoles = async (
  deps: Deps,
  ctx: RequestContext,
  systemId: string,
  answers: TRoleQuestionnaire,
): Promise<TRoleDetermination> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorize(abilityOf(ctx), 'update', 'AiSystem', system);
    if (system.lifecycleState === 'retired') throw new AppError('CONFLICT', 'The system is retired');
    const result = determineRoles(answers);
    const determination: TRoleDetermination = {
      answers,
      ...result,
      determinedBy: actorIdOf(ctx.actor),
      determinedAt: deps.now().toISOString(),
    };
    await repos.aiSystems.setRoleDetermination(system.id, determination, result.roles);
    await repos.audit.append({
      action: 'ai_system.roles_determined',
      targetType: 'AiSystem',
      targetId: system.id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { answers, roles: result.roles },
    });
    return determination;
  });

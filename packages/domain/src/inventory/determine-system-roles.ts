import type { TRoleDetermination, TRoleQuestionnaire } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { GovernanceDeps } from '../ports.js';
import { refreshOpenAssessment } from '../assessments/refresh-requirements.js';
import { announceMaterialChange } from './announce-material-change.js';
import { determineRoles } from './determine-roles.js';
import { listMaterialChanges } from './list-material-changes.js';
import { loadReadableSystem } from './load-readable-system.js';

// Roles decide which requirements apply: changed roles are a material change (see updateAiSystem).
export const determineSystemRoles = async (
  deps: GovernanceDeps,
  ctx: RequestContext,
  systemId: string,
  answers: TRoleQuestionnaire,
): Promise<TRoleDetermination> => {
  const result = determineRoles(answers);
  const { system: before, changes } = await deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorize(abilityOf(ctx), 'update', 'AiSystem', system);
    if (system.lifecycleState === 'retired') throw new AppError('CONFLICT', 'The system is retired');
    return { system, changes: listMaterialChanges(system, { ...system, roles: result.roles }) };
  });
  await announceMaterialChange(deps, ctx, before, changes);
  return deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    const determination: TRoleDetermination = {
      answers,
      ...result,
      determinedBy: actorIdOf(ctx.actor),
      determinedAt: deps.now().toISOString(),
    };
    await repos.aiSystems.setRoleDetermination(system.id, determination, result.roles);
    if (changes.length) await refreshOpenAssessment(repos, { ...system, roles: result.roles });
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
};

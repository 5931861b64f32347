import type { TAiSystem, TUpdateAiSystem } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize, authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { GovernanceDeps } from '../ports.js';
import { refreshOpenAssessment } from '../assessments/refresh-requirements.js';
import { announceMaterialChange } from './announce-material-change.js';
import { listMaterialChanges } from './list-material-changes.js';

export type UpdateAiSystemInput = { id: string; expectedVersion: number; change: TUpdateAiSystem };

const EDITABLE = [
  'name',
  'purpose',
  'businessUnitId',
  'ownerId',
  'roles',
  'profile',
  'vendor',
  'modelName',
  'deploymentRegions',
] as const satisfies readonly (keyof TUpdateAiSystem)[];

// Lifecycle transitions move the row's version too; after telling the lifecycle, "nobody else edited it" is asked
// of the editable fields themselves.
const sameEdits = (a: TAiSystem, b: TAiSystem) => EDITABLE.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

const stale = () => new AppError('PRECONDITION_FAILED', 'The AI system changed since you read it; reload and retry');

// A change of profile or roles is material (it moves the tier and the requirements): the lifecycle hears of it
// first (see announceMaterialChange) and the open assessment is asked what applies now.
export const updateAiSystem = async (
  deps: GovernanceDeps,
  ctx: RequestContext,
  { id, expectedVersion, change }: UpdateAiSystemInput,
): Promise<TAiSystem> => {
  const ability = abilityOf(ctx);
  const { current, next, changes } = await deps.runInTenant(ctx.tenant, async (repos) => {
    const found = await repos.aiSystems.findById(id);
    if (!found) throw new AppError('NOT_FOUND', 'AI system not found');
    authorizeRead(ability, 'AiSystem', found, 'AI system');
    authorize(ability, 'update', 'AiSystem', found);
    const { profile, ...rest } = change;
    const edited = { ...rest, ...(profile ? { profile: { ...found.profile, ...profile } } : {}) };
    // An owner may not hand the system to someone else and keep editing rights by accident.
    authorize(ability, 'update', 'AiSystem', { ...found, ...edited });
    if (found.version !== expectedVersion) throw stale();
    return { current: found, next: edited, changes: listMaterialChanges(found, { ...found, ...edited }) };
  });
  await announceMaterialChange(deps, ctx, current, changes);
  return deps.runInTenant(ctx.tenant, async (repos) => {
    const fresh = await repos.aiSystems.findById(id);
    if (!fresh || (changes.length ? !sameEdits(current, fresh) : fresh.version !== expectedVersion)) throw stale();
    const updated = await repos.aiSystems.update(id, fresh.version, next);
    if (!updated) throw stale();
    if (changes.length) await refreshOpenAssessment(repos, updated);
    await repos.audit.append({
      action: 'ai_system.updated',
      targetType: 'AiSystem',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { before: current, change: next, version: updated.version, ...(changes.length && { material: changes }) },
    });
    return updated;
  });
};

import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { GovernanceDeps } from '../ports.js';
import { sendLifecycleUpdate } from './send-lifecycle-update.js';

// The person a sign-off condition binds submits that it is met, with evidence already on the system; an officer it
// does not bind confirms it (or closes it at once, with evidence). The state machine decides which, from the roles
// the caller was authenticated with.
export const fulfilCondition = async (
  deps: GovernanceDeps,
  ctx: RequestContext,
  input: { systemId: string; conditionId: string; note: string; evidenceIds: string[] },
) => {
  const ability = abilityOf(ctx);
  const evidenceIds = [...new Set(input.evidenceIds)];
  return sendLifecycleUpdate(
    deps,
    ctx,
    input.systemId,
    'closeCondition',
    {
      conditionId: input.conditionId,
      note: input.note,
      evidenceIds,
      actorRoles: ctx.actor.kind === 'user' ? ctx.actor.roles : [],
    },
    async (system, repos) => {
      // Those who may fulfil no condition at all are refused before the condition is looked up.
      authorize(ability, 'fulfil', 'Condition');
      const condition = (await repos.signOffs.listForSystem(system.id))
        .flatMap((s) => s.conditions)
        .find((c) => c.id === input.conditionId);
      if (!condition) throw new AppError('NOT_FOUND', 'Condition not found');
      authorize(ability, 'fulfil', 'Condition', { ownerId: condition.ownerId });
      const found = new Set((await repos.evidence.findMany(system.id, evidenceIds)).map((e) => e.id));
      const missing = evidenceIds.filter((id) => !found.has(id));
      if (missing.length)
        throw new AppError('VALIDATION_FAILED', 'Evidence not found for this system', {
          errors: missing.map((id) => ({ path: 'evidenceIds', message: `evidence ${id} not found for this system` })),
        });
    },
  );
};

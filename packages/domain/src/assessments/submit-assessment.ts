import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { GovernanceDeps } from '../ports.js';
import { ownedBy } from '../inventory/owned-by.js';
import { sendLifecycleUpdate } from '../lifecycle/send-lifecycle-update.js';

// The workflow seals the assessment (validating every answer again inside the activity) and moves to sign-off.
export const submitAssessment = async (
  deps: GovernanceDeps,
  ctx: RequestContext,
  systemId: string,
  assessmentId: string,
) =>
  sendLifecycleUpdate(deps, ctx, systemId, 'submitAssessment', { assessmentId }, (system) => {
    authorize(abilityOf(ctx), 'submit', 'Assessment', ownedBy(system));
    if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'A person submits an assessment, not an API key');
  });

import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { GovernanceDeps } from '../ports.js';
import { sendLifecycleUpdate } from '../lifecycle/send-lifecycle-update.js';

// The requirements an assessment asks depend on the system's roles, so roles come first.
export const startAssessment = async (deps: GovernanceDeps, ctx: RequestContext, systemId: string) =>
  sendLifecycleUpdate(deps, ctx, systemId, 'startAssessment', {}, (system) => {
    authorize(abilityOf(ctx), 'update', 'AiSystem', system);
    if (system.roles.length === 0) {
      throw new AppError(
        'CONFLICT',
        'Determine the system’s roles (developer, provider, business user) before assessing it',
      );
    }
  });

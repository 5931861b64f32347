import { asSubject } from '@kizuna/authz';
import type { TFeedbackReport } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { incidentSubject } from '../incidents/incident-subject.js';
import type { Deps } from '../ports.js';
import { toFeedbackView } from './feedback-subject.js';
import { loadNewFeedback, recordTriage } from './triage-feedback.js';

// The report is about an incident already recorded: it joins that one (which the caller must be able to read).
export const linkFeedback = async (
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; incidentId: string },
): Promise<TFeedbackReport> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const ability = abilityOf(ctx);
    const report = await loadNewFeedback(repos, ability, input.id);
    const incident = await repos.incidents.findById(input.incidentId);
    if (!incident || !ability.can('read', asSubject('Incident', incidentSubject(incident)) as never))
      throw new AppError('VALIDATION_FAILED', 'The incident to link to was not found', {
        errors: [{ path: 'body.incidentId', message: 'no such incident' }],
      });
    return toFeedbackView(await recordTriage(deps, repos, ctx, report, { status: 'linked', incidentId: incident.id }));
  });

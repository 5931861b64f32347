import type { TIncidentFiling } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { incidentSubject } from './incident-subject.js';

// The reports filed for an incident, for whoever may read the incident.
export const listIncidentFilings = async (
  deps: Deps,
  ctx: RequestContext,
  incidentId: string,
): Promise<{ items: TIncidentFiling[] }> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const incident = await repos.incidents.findById(incidentId);
    if (!incident) throw new AppError('NOT_FOUND', 'Incident not found');
    authorizeRead(abilityOf(ctx), 'Incident', incidentSubject(incident), 'Incident');
    return { items: await repos.incidentFilings.listForIncident(incidentId) };
  });

import type { TIncident } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { incidentSubject } from './incident-subject.js';
import { toIncidentView } from './incident-view.js';

export const getIncident = async (deps: Deps, ctx: RequestContext, id: string): Promise<TIncident> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const incident = await repos.incidents.findById(id);
    if (!incident) throw new AppError('NOT_FOUND', 'Incident not found');
    authorizeRead(abilityOf(ctx), 'Incident', incidentSubject(incident), 'Incident');
    return toIncidentView(incident, await repos.incidents.listTimeline(id), ctx.tenant.id, deps.now());
  });

import { OPERATIONS } from '@kizuna/contracts';
import {
  createIncident,
  createIncidentFiling,
  getIncident,
  listIncidentFilings,
  listIncidents,
  updateIncident,
  type Deps,
  type IncidentResponseDeps,
} from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, formatEtag, type RouteDeps } from '../http/define-route.js';

// The incident register: facts, status, timeline, and the reportability and clocks computed from them.
export const registerIncidentsRoutes = (router: Router, routeDeps: RouteDeps, deps: Deps & IncidentResponseDeps) => {
  defineRoute(router, OPERATIONS.listIncidents, routeDeps, async ({ ctx, query }) => ({
    body: await listIncidents(deps, ctx, query),
  }));

  defineRoute(router, OPERATIONS.createIncident, routeDeps, async ({ ctx, body, params }) => {
    const incident = await createIncident(deps, ctx, body);
    const location = `/api/v1/tenants/${params.tenant}/incidents/${incident.id}`;
    return { body: incident, headers: { ETag: formatEtag(incident.version), Location: location } };
  });

  defineRoute(router, OPERATIONS.getIncident, routeDeps, async ({ ctx, params }) => {
    const incident = await getIncident(deps, ctx, params.id);
    return { body: incident, headers: { ETag: formatEtag(incident.version) } };
  });

  defineRoute(router, OPERATIONS.updateIncident, routeDeps, async ({ ctx, params, body, ifMatchVersion }) => {
    const incident = await updateIncident(deps, ctx, { id: params.id, expectedVersion: ifMatchVersion!, change: body });
    return { body: incident, headers: { ETag: formatEtag(incident.version) } };
  });

  defineRoute(router, OPERATIONS.listIncidentFilings, routeDeps, async ({ ctx, params }) => ({
    body: await listIncidentFilings(deps, ctx, params.id),
  }));

  defineRoute(router, OPERATIONS.createIncidentFiling, routeDeps, async ({ ctx, params, body }) => {
    const filing = await createIncidentFiling(deps, ctx, { incidentId: params.id, filing: body });
    const location = `/api/v1/tenants/${params.tenant}/incidents/${params.id}/filings`;
    return { body: filing, headers: { Location: location } };
  });
};

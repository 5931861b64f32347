import { OPERATIONS } from '@kizuna/contracts';
import {
  createRegulatorRequest,
  getRegulatorRequest,
  listRegulatorRequests,
  updateRegulatorRequest,
  type RegulatorRequestDeps,
} from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, formatEtag, type RouteDeps } from '../http/define-route.js';

// The register of requests from government offices and regulators, with their reminders.
export const registerRegulatorRequestsRoutes = (router: Router, routeDeps: RouteDeps, deps: RegulatorRequestDeps) => {
  defineRoute(router, OPERATIONS.listRegulatorRequests, routeDeps, async ({ ctx, query }) => ({
    body: await listRegulatorRequests(deps, ctx, query),
  }));

  defineRoute(router, OPERATIONS.createRegulatorRequest, routeDeps, async ({ ctx, body, params }) => {
    const request = await createRegulatorRequest(deps, ctx, body);
    const location = `/api/v1/tenants/${params.tenant}/regulator-requests/${request.id}`;
    return { body: request, headers: { ETag: formatEtag(request.version), Location: location } };
  });

  defineRoute(router, OPERATIONS.getRegulatorRequest, routeDeps, async ({ ctx, params }) => {
    const request = await getRegulatorRequest(deps, ctx, params.id);
    return { body: request, headers: { ETag: formatEtag(request.version) } };
  });

  defineRoute(router, OPERATIONS.updateRegulatorRequest, routeDeps, async ({ ctx, params, body, ifMatchVersion }) => {
    const change = { id: params.id, expectedVersion: ifMatchVersion!, change: body };
    const request = await updateRegulatorRequest(deps, ctx, change);
    return { body: request, headers: { ETag: formatEtag(request.version) } };
  });
};

import { OPERATIONS } from '@kizuna/contracts';
import {
  determineSystemRoles,
  getAiSystem,
  getRoleDetermination,
  listAiSystems,
  registerAiSystem,
  updateAiSystem,
  type GovernanceDeps,
} from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, formatEtag, type RouteDeps } from '../http/define-route.js';

// The AI-system register: each system's profile and the role determination stored on it.
export const registerInventoryRoutes = (router: Router, routeDeps: RouteDeps, deps: GovernanceDeps) => {
  defineRoute(router, OPERATIONS.listAiSystems, routeDeps, async ({ ctx, query }) => ({
    body: await listAiSystems(deps, ctx, query),
  }));

  defineRoute(router, OPERATIONS.createAiSystem, routeDeps, async ({ ctx, body, params }) => {
    const { system } = await registerAiSystem(deps, ctx, body);
    const location = `/api/v1/tenants/${params.tenant}/ai-systems/${system.id}`;
    return { body: system, headers: { ETag: formatEtag(system.version), Location: location } };
  });

  defineRoute(router, OPERATIONS.getAiSystem, routeDeps, async ({ ctx, params }) => {
    const system = await getAiSystem(deps, ctx, params.id);
    return { body: system, headers: { ETag: formatEtag(system.version) } };
  });

  defineRoute(router, OPERATIONS.updateAiSystem, routeDeps, async ({ ctx, params, body, ifMatchVersion }) => {
    const system = await updateAiSystem(deps, ctx, { id: params.id, expectedVersion: ifMatchVersion!, change: body });
    return { body: system, headers: { ETag: formatEtag(system.version) } };
  });

  defineRoute(router, OPERATIONS.getRoleDetermination, routeDeps, async ({ ctx, params }) => ({
    body: await getRoleDetermination(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.determineRoles, routeDeps, async ({ ctx, params, body }) => ({
    body: await determineSystemRoles(deps, ctx, params.id, body),
  }));
};

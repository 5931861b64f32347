import { OPERATIONS } from '@kizuna/contracts';
import { getDossier } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerDossierRoutes = (router: Router, routeDeps: RouteDeps) => {
  defineRoute(router, OPERATIONS.getDossier, routeDeps, async ({ ctx, params, query }) => ({
    body: await getDossier(routeDeps.deps, ctx, params.id, query.at),
  }));
};

import { OPERATIONS } from '@kizuna/contracts';
import { getDossier } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

// `appBaseUrl`: where the web app is reached, for the public feedback page's link in the dossier.
export const registerDossierRoutes = (router: Router, routeDeps: RouteDeps, appBaseUrl: string) => {
  defineRoute(router, OPERATIONS.getDossier, routeDeps, async ({ ctx, params, query }) => ({
    body: await getDossier(routeDeps.deps, ctx, params.id, query.at, appBaseUrl),
  }));
};

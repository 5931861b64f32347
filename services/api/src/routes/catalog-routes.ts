import { OPERATIONS } from '@kizuna/contracts';
import { diffCatalogVersions, getCatalogVersion, listCatalogFrameworks } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerCatalogRoutes = (router: Router, routeDeps: RouteDeps) => {
  defineRoute(router, OPERATIONS.listFrameworks, routeDeps, async () => ({ body: listCatalogFrameworks() }));
  defineRoute(router, OPERATIONS.getFrameworkVersion, routeDeps, async ({ params }) => ({
    body: getCatalogVersion(params.id, params.v),
  }));
  defineRoute(router, OPERATIONS.diffCatalog, routeDeps, async ({ query }) => ({
    body: diffCatalogVersions(query.framework, query.from, query.to),
  }));
};

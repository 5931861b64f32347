import { OPERATIONS } from '@kizuna/contracts';
import { getMe } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerMeRoutes = (router: Router, routeDeps: RouteDeps) => {
  defineRoute(router, OPERATIONS.getMe, routeDeps, async ({ ctx }) => ({ body: await getMe(routeDeps.deps, ctx) }));
};

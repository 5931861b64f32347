import { OPERATIONS } from '@kizuna/contracts';
import { getTenantPolicy, updateTenantPolicy } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerPolicyRoutes = (router: Router, routeDeps: RouteDeps) => {
  const { deps } = routeDeps;

  defineRoute(router, OPERATIONS.getTenantPolicy, routeDeps, async ({ ctx }) => ({
    body: await getTenantPolicy(deps, ctx),
  }));
  defineRoute(router, OPERATIONS.updateTenantPolicy, routeDeps, async ({ ctx, body }) => ({
    body: await updateTenantPolicy(deps, ctx, body),
  }));
};

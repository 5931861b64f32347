import { OPERATIONS } from '@kizuna/contracts';
import { listAuditEvents, verifyAuditChain } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerAuditRoutes = (router: Router, routeDeps: RouteDeps) => {
  const { deps } = routeDeps;

  defineRoute(router, OPERATIONS.verifyAuditEvents, routeDeps, async ({ ctx }) => ({
    body: await verifyAuditChain(deps, ctx),
  }));

  defineRoute(router, OPERATIONS.listAuditEvents, routeDeps, async ({ ctx, query }) => ({
    body: await listAuditEvents(deps, ctx, query),
  }));
};

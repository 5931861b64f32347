import { OPERATIONS } from '@kizuna/contracts';
import { decideSignOff, listPendingSignOffs, listSystemSignOffs, type GovernanceDeps } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerSignOffsRoutes = (router: Router, routeDeps: RouteDeps, deps: GovernanceDeps) => {
  defineRoute(router, OPERATIONS.listSystemSignOffs, routeDeps, async ({ ctx, params }) => ({
    body: await listSystemSignOffs(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.decideSignOff, routeDeps, async ({ ctx, params, body, req }) => ({
    body: await decideSignOff(deps, ctx, {
      systemId: params.id,
      request: body,
      // Fresh authentication is judged by the domain from the session's login instant.
      sessionAuthenticatedAt: req.session?.authenticatedAt ?? null,
    }),
  }));
  defineRoute(router, OPERATIONS.listSignOffs, routeDeps, async ({ ctx }) => ({
    body: await listPendingSignOffs(deps, ctx),
  }));
};

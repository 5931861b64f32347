import { OPERATIONS } from '@kizuna/contracts';
import {
  decideSignOff,
  getDossier,
  getLifecycle,
  getTenantPolicy,
  listMembers,
  listMyNotifications,
  markNotificationRead,
  listPendingSignOffs,
  listRiskLog,
  listSystemSignOffs,
  runSystemAction,
  updateTenantPolicy,
  type GovernanceDeps,
} from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerSignOffRoutes = (router: Router, routeDeps: RouteDeps, deps: GovernanceDeps) => {
  defineRoute(router, OPERATIONS.listSystemSignOffs, routeDeps, async ({ ctx, params }) => ({
    body: await listSystemSignOffs(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.decideSignOff, routeDeps, async ({ ctx, params, body, req }) => ({
    body: await decideSignOff(deps, ctx, {
      systemId: params.id,
      request: body,
      sessionAuthenticatedAt: req.session?.authenticatedAt ?? null,
    }),
  }));
  defineRoute(router, OPERATIONS.listSignOffs, routeDeps, async ({ ctx }) => ({
    body: await listPendingSignOffs(deps, ctx),
  }));
  defineRoute(router, OPERATIONS.openReview, routeDeps, async ({ ctx, params, body }) => ({
    body: await runSystemAction(deps, ctx, params.id, 'openReview', { reason: body.reason, note: body.note ?? null }),
  }));
  defineRoute(router, OPERATIONS.fulfilCondition, routeDeps, async ({ ctx, params, body }) => ({
    body: await runSystemAction(deps, ctx, params.id, 'closeCondition', { conditionId: params.cid, note: body.note }),
  }));
  defineRoute(router, OPERATIONS.retireSystem, routeDeps, async ({ ctx, params }) => ({
    body: await runSystemAction(deps, ctx, params.id, 'retire'),
  }));
  defineRoute(router, OPERATIONS.reinstateSystem, routeDeps, async ({ ctx, params }) => ({
    body: await runSystemAction(deps, ctx, params.id, 'reinstate'),
  }));
  defineRoute(router, OPERATIONS.getLifecycle, routeDeps, async ({ ctx, params }) => ({
    body: await getLifecycle(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.listRiskLog, routeDeps, async ({ ctx, params }) => ({
    body: await listRiskLog(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.getDossier, routeDeps, async ({ ctx, params, query }) => ({
    body: await getDossier(deps, ctx, params.id, query.at),
  }));
  defineRoute(router, OPERATIONS.getTenantPolicy, routeDeps, async ({ ctx }) => ({
    body: await getTenantPolicy(deps, ctx),
  }));
  defineRoute(router, OPERATIONS.updateTenantPolicy, routeDeps, async ({ ctx, body }) => ({
    body: await updateTenantPolicy(deps, ctx, body),
  }));
  defineRoute(router, OPERATIONS.markNotificationRead, routeDeps, async ({ ctx, params }) => {
    await markNotificationRead(deps, ctx, params.nid);
  });
  defineRoute(router, OPERATIONS.listMembers, routeDeps, async ({ ctx }) => ({ body: await listMembers(deps, ctx) }));
  defineRoute(router, OPERATIONS.listNotifications, routeDeps, async ({ ctx, query }) => ({
    body: await listMyNotifications(deps, ctx, { limit: query.limit, unread: query.unread === 'true' }),
  }));
};

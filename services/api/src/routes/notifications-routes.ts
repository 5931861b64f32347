import { OPERATIONS } from '@kizuna/contracts';
import { listMyNotifications, markNotificationRead } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerNotificationsRoutes = (router: Router, routeDeps: RouteDeps) => {
  const { deps } = routeDeps;

  defineRoute(router, OPERATIONS.listNotifications, routeDeps, async ({ ctx, query }) => ({
    body: await listMyNotifications(deps, ctx, { limit: query.limit, unread: query.unread === 'true' }),
  }));
  defineRoute(router, OPERATIONS.markNotificationRead, routeDeps, async ({ ctx, params }) => {
    await markNotificationRead(deps, ctx, params.nid);
  });
};

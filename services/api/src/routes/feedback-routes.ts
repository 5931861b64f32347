import { OPERATIONS } from '@kizuna/contracts';
import {
  dismissFeedback,
  getFeedback,
  getFeedbackChannel,
  linkFeedback,
  listFeedback,
  promoteFeedback,
  updateFeedbackChannel,
  type Deps,
} from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

// The feedback channel's settings and the triage queue behind it (the public side: feedback-public-routes.ts).
export const registerFeedbackRoutes = (router: Router, routeDeps: RouteDeps, deps: Deps) => {
  defineRoute(router, OPERATIONS.getFeedbackChannel, routeDeps, async ({ ctx }) => ({
    body: await getFeedbackChannel(deps, ctx),
  }));

  defineRoute(router, OPERATIONS.updateFeedbackChannel, routeDeps, async ({ ctx, body }) => ({
    body: await updateFeedbackChannel(deps, ctx, body),
  }));

  defineRoute(router, OPERATIONS.listFeedback, routeDeps, async ({ ctx, query }) => ({
    body: await listFeedback(deps, ctx, query),
  }));

  defineRoute(router, OPERATIONS.getFeedback, routeDeps, async ({ ctx, params }) => ({
    body: await getFeedback(deps, ctx, params.id),
  }));

  defineRoute(router, OPERATIONS.dismissFeedback, routeDeps, async ({ ctx, params, body }) => ({
    body: await dismissFeedback(deps, ctx, { id: params.id, reason: body.reason }),
  }));

  defineRoute(router, OPERATIONS.linkFeedback, routeDeps, async ({ ctx, params, body }) => ({
    body: await linkFeedback(deps, ctx, { id: params.id, incidentId: body.incidentId }),
  }));

  defineRoute(router, OPERATIONS.promoteFeedback, routeDeps, async ({ ctx, params, body }) => ({
    body: await promoteFeedback(deps, ctx, { id: params.id, change: body }),
  }));
};

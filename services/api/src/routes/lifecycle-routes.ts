import { OPERATIONS } from '@kizuna/contracts';
import { fulfilCondition, getLifecycle, runSystemAction, startAssessment, type GovernanceDeps } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

// Transitions of a system's aiSystemLifecycle workflow, and the view of where it stands.
export const registerLifecycleRoutes = (router: Router, routeDeps: RouteDeps, deps: GovernanceDeps) => {
  defineRoute(router, OPERATIONS.getLifecycle, routeDeps, async ({ ctx, params }) => ({
    body: await getLifecycle(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.startAssessment, routeDeps, async ({ ctx, params }) => ({
    body: await startAssessment(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.openReview, routeDeps, async ({ ctx, params, body }) => ({
    body: await runSystemAction(deps, ctx, params.id, 'openReview', { reason: body.reason, note: body.note ?? null }),
  }));
  defineRoute(router, OPERATIONS.fulfilCondition, routeDeps, async ({ ctx, params, body }) => ({
    body: await fulfilCondition(deps, ctx, {
      systemId: params.id,
      conditionId: params.cid,
      note: body.note,
      evidenceIds: body.evidenceIds,
    }),
  }));
  defineRoute(router, OPERATIONS.retireSystem, routeDeps, async ({ ctx, params }) => ({
    body: await runSystemAction(deps, ctx, params.id, 'retire'),
  }));
  defineRoute(router, OPERATIONS.reinstateSystem, routeDeps, async ({ ctx, params }) => ({
    body: await runSystemAction(deps, ctx, params.id, 'reinstate'),
  }));
};

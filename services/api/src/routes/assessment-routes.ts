import { OPERATIONS } from '@kizuna/contracts';
import {
  addEvidence,
  determineSystemRoles,
  getAssessment,
  getRoleDetermination,
  listAssessments,
  listEvidence,
  startAssessment,
  saveAnswers,
  submitAssessment,
  type GovernanceDeps,
} from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerAssessmentRoutes = (router: Router, routeDeps: RouteDeps, deps: GovernanceDeps) => {
  defineRoute(router, OPERATIONS.getRoleDetermination, routeDeps, async ({ ctx, params }) => ({
    body: await getRoleDetermination(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.determineRoles, routeDeps, async ({ ctx, params, body }) => ({
    body: await determineSystemRoles(deps, ctx, params.id, body),
  }));
  defineRoute(router, OPERATIONS.listAssessments, routeDeps, async ({ ctx, params }) => ({
    body: await listAssessments(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.startAssessment, routeDeps, async ({ ctx, params }) => ({
    body: await startAssessment(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.getAssessment, routeDeps, async ({ ctx, params }) => ({
    body: await getAssessment(deps, ctx, params.id, params.aid),
  }));
  defineRoute(router, OPERATIONS.saveAnswers, routeDeps, async ({ ctx, params, body }) => ({
    body: await saveAnswers(deps, ctx, { systemId: params.id, assessmentId: params.aid, answers: body.answers }),
  }));
  defineRoute(router, OPERATIONS.submitAssessment, routeDeps, async ({ ctx, params }) => ({
    body: await submitAssessment(deps, ctx, params.id, params.aid),
  }));
  defineRoute(router, OPERATIONS.listEvidence, routeDeps, async ({ ctx, params }) => ({
    body: await listEvidence(deps, ctx, params.id),
  }));
  defineRoute(router, OPERATIONS.addEvidence, routeDeps, async ({ ctx, params, body }) => ({
    body: await addEvidence(deps, ctx, params.id, body),
  }));
};

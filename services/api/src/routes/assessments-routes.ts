import { OPERATIONS } from '@kizuna/contracts';
import {
  addEvidence,
  getAssessment,
  listAssessments,
  listEvidence,
  listRiskLog,
  saveAnswers,
  submitAssessment,
  type GovernanceDeps,
} from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

// Comply-or-explain answers, their evidence and the risk log they feed. Starting an assessment is a lifecycle
// transition and lives in lifecycle-routes.ts.
export const registerAssessmentsRoutes = (router: Router, routeDeps: RouteDeps, deps: GovernanceDeps) => {
  defineRoute(router, OPERATIONS.listAssessments, routeDeps, async ({ ctx, params }) => ({
    body: await listAssessments(deps, ctx, params.id),
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
  defineRoute(router, OPERATIONS.listRiskLog, routeDeps, async ({ ctx, params }) => ({
    body: await listRiskLog(deps, ctx, params.id),
  }));
};

import { OPERATIONS } from '@kizuna/contracts';
import { createApiKey, listApiKeys, revokeApiKey } from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

export const registerApiKeysRoutes = (router: Router, routeDeps: RouteDeps) => {
  const { deps } = routeDeps;

  defineRoute(router, OPERATIONS.listApiKeys, routeDeps, async ({ ctx, query }) => ({
    body: await listApiKeys(deps, ctx, query),
  }));

  defineRoute(router, OPERATIONS.createApiKey, routeDeps, async ({ ctx, body }) => ({
    body: await createApiKey(deps, ctx, body),
    headers: { 'Cache-Control': 'no-store' },
  }));

  defineRoute(router, OPERATIONS.revokeApiKey, routeDeps, async ({ ctx, params }) => {
    await revokeApiKey(deps, ctx, params.id);
  });
};

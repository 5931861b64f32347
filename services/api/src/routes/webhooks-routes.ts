import { OPERATIONS } from '@kizuna/contracts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhookEndpoint,
  type WebhookDeps,
} from '@kizuna/domain';
import type { Router } from 'express';
import { defineRoute, formatEtag, type RouteDeps } from '../http/define-route.js';

// Webhook endpoints, their secrets (shown once) and their delivery logs.
export const registerWebhooksRoutes = (router: Router, routeDeps: RouteDeps, deps: WebhookDeps) => {
  defineRoute(router, OPERATIONS.listWebhookEndpoints, routeDeps, async ({ ctx, query }) => ({
    body: await listWebhookEndpoints(deps, ctx, query),
  }));

  defineRoute(router, OPERATIONS.createWebhookEndpoint, routeDeps, async ({ ctx, body, params }) => {
    const endpoint = await createWebhookEndpoint(deps, ctx, body);
    const location = `/api/v1/tenants/${params.tenant}/webhooks/${endpoint.id}`;
    return { body: endpoint, headers: { ETag: formatEtag(endpoint.version), Location: location } };
  });

  defineRoute(router, OPERATIONS.getWebhookEndpoint, routeDeps, async ({ ctx, params }) => {
    const endpoint = await getWebhookEndpoint(deps, ctx, params.id);
    return { body: endpoint, headers: { ETag: formatEtag(endpoint.version) } };
  });

  defineRoute(router, OPERATIONS.updateWebhookEndpoint, routeDeps, async ({ ctx, params, body, ifMatchVersion }) => {
    const input = { id: params.id, expectedVersion: ifMatchVersion!, change: body };
    const endpoint = await updateWebhookEndpoint(deps, ctx, input);
    return { body: endpoint, headers: { ETag: formatEtag(endpoint.version) } };
  });

  defineRoute(router, OPERATIONS.deleteWebhookEndpoint, routeDeps, async ({ ctx, params }) => {
    await deleteWebhookEndpoint(deps, ctx, params.id);
  });

  defineRoute(router, OPERATIONS.rotateWebhookSecret, routeDeps, async ({ ctx, params, body }) => {
    const endpoint = await rotateWebhookSecret(deps, ctx, params.id, body);
    return { body: endpoint, headers: { ETag: formatEtag(endpoint.version) } };
  });

  defineRoute(router, OPERATIONS.listWebhookDeliveries, routeDeps, async ({ ctx, params, query }) => ({
    body: await listWebhookDeliveries(deps, ctx, params.id, query),
  }));

  defineRoute(router, OPERATIONS.redeliverWebhook, routeDeps, async ({ ctx, params }) => ({
    body: await redeliverWebhook(deps, ctx, { endpointId: params.id, deliveryId: params.deliveryId }),
  }));
};

import { createHmac } from 'node:crypto';
import { OPERATIONS } from '@kizuna/contracts';
import { getPublicFeedbackChannel, submitFeedback } from '@kizuna/domain';
import express, { type Request, type Router } from 'express';
import type { ApiConfig } from '../config.js';
import { defineRoute, type RouteDeps } from '../http/define-route.js';

// What anyone may send without logging in is small.
const PUBLIC_BODY_LIMIT = '16kb';

// The sender's address, as the trust-proxy setting reads it, salted and hashed: the throttle and the stored report
// need to tell senders apart, never to know who they are.
const hashSender = (req: Request, secret: string): string =>
  createHmac('sha256', secret)
    .update(`feedback-sender:${req.ip ?? 'unknown'}`)
    .digest('hex');

// The public feedback page's API. Its own router, mounted before the session middleware: no session is read or
// created and no CSRF token is asked for (nothing here acts for a logged-in person).
export const createFeedbackPublicRouter = (routeDeps: RouteDeps, config: ApiConfig): Router => {
  const router = express.Router();
  router.use('/api/v1/public/feedback', express.json({ limit: PUBLIC_BODY_LIMIT, strict: true }), (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  const { deps } = routeDeps;

  defineRoute(router, OPERATIONS.getPublicFeedbackChannel, routeDeps, async ({ params }) => ({
    body: await getPublicFeedbackChannel(deps, params.tenantSlug),
  }));

  defineRoute(router, OPERATIONS.submitFeedback, routeDeps, async ({ params, body, req }) => ({
    body: await submitFeedback(deps, {
      tenantSlug: params.tenantSlug,
      senderHash: hashSender(req, config.SESSION_SECRET),
      limit: { maxAttempts: config.FEEDBACK_MAX_PER_WINDOW, windowSeconds: config.FEEDBACK_WINDOW_SECONDS },
      report: body,
    }),
  }));
  return router;
};

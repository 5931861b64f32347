import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@kizuna/domain';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export type Metrics = { registry: Registry; observe: RequestHandler };

export const createMetrics = (): Metrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const observe: RequestHandler = (req, res, next) => {
    const end = duration.startTimer();
    // The matched route pattern, not the raw URL, keeps label cardinality bounded (no IDs, no tenant slugs).
    res.on('finish', () =>
      end({ method: req.method, route: req.route?.path ?? 'unmatched', status: String(res.statusCode) }),
    );
    next();
  };
  return { registry, observe };
};

// With METRICS_TOKEN set, /metrics answers only `Authorization: Bearer <token>`: process and route figures are
// no business of the public internet. Without it, restrict the path at the proxy instead.
export const requireMetricsToken =
  (token: string | undefined): RequestHandler =>
  (req, _res, next) => {
    if (!token) return next();
    const given = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
    const expected = createHash('sha256').update(token).digest();
    // Equal-length digests, so the comparison time says nothing about the token.
    if (!timingSafeEqual(createHash('sha256').update(given).digest(), expected))
      throw new AppError('UNAUTHENTICATED', 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>');
    next();
  };

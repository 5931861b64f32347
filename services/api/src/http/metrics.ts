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

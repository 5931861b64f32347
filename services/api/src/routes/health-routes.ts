import type { Router } from 'express';
import type pg from 'pg';
import type { Metrics } from '../http/metrics.js';

export type ReadinessProbe = { name: string; check: () => Promise<void> };

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);

export const postgresProbe = (pool: pg.Pool): ReadinessProbe => ({
  name: 'postgres',
  check: async () => {
    await pool.query('select 1');
  },
});

export const registerHealthRoutes = (router: Router, probes: ReadinessProbe[], metrics: Metrics) => {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      probes.map(async (p) => {
        try {
          await withTimeout(p.check(), 2000);
          return [p.name, 'ok'] as const;
        } catch (err) {
          return [p.name, (err as Error).message] as const;
        }
      }),
    );
    const ok = results.every(([, status]) => status === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready', checks: Object.fromEntries(results) });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
};

// `npm run bench`: the inventory list through the real API beside a bare Express + pg handler running the same
// SQL in the same process, and provisioning time per tenant. Figures, not assertions.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import express from 'express';
import { provisionTenant } from '@kizuna/workflows/client';
import { startStack } from '../support/start-stack.js';
import { createTestContext, logIn } from '../support/test-context.js';

const SYSTEMS = 1_000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);

type Figures = { rps: number; p50: number; p95: number; p99: number; errors: number };

const listen = (app: express.Express) =>
  new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

const runLoad = (url: string, headers: Record<string, string>, duration: number) =>
  new Promise<{ latencies: number[]; result: autocannon.Result }>((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration, headers }, (err, result) =>
      err ? reject(err) : resolve({ latencies, result }),
    );
    // autocannon reports p97.5, not p95: keep every response time and take exact percentiles.
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });

const load = async (url: string, headers: Record<string, string>): Promise<Figures> => {
  await runLoad(url, headers, 2); // warm-up, discarded
  const { latencies, result } = await runLoad(url, headers, DURATION);
  return {
    rps: result.requests.average,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    errors: result.errors + result.non2xx,
  };
};

const show = (label: string, f: Figures) =>
  console.log(
    `${label.padEnd(34)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  p99 ${f.p99.toFixed(1).padStart(6)} ms  errors ${f.errors}`,
  );

const main = async () => {
  const stack = await startStack();
  const t = await createTestContext({ stack: stack.env });
  try {
    const tenant = await t.provision('bench');
    const officer = await (async () => {
      for (let i = 0; i < SYSTEMS; i += 1) await t.createSystemAs(tenant, 'governance_officer', `Bench system ${i}`);
      return logIn(t.app, tenant.users.tenant_admin.email);
    })();
    const key = await officer.agent
      .post(`/api/v1/tenants/${tenant.slug}/api-keys`)
      .set('X-CSRF-Token', officer.csrf)
      .send({ name: 'bench', scopes: ['ai-systems:read'] });
    const bearer = { authorization: `Bearer ${key.body.secret as string}` };

    const api = await listen(t.app);
    // The baseline: the same transaction and query with nothing around it (no auth, CASL, zod or logging).
    const bare = express();
    bare.get('/systems', async (_req, res) => {
      const client = await t.appPool.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('search_path', $1, true)`, [tenant.schemaName]);
        const { rows } = await client.query('select * from ai_systems order by id desc limit 51');
        await client.query('commit');
        res.json({ items: rows.slice(0, 50) });
      } finally {
        client.release();
      }
    });
    const baseline = await listen(bare);

    console.log(
      `\nList AI systems (1 page of 50 from ${SYSTEMS}), ${CONNECTIONS} connections, ${DURATION} s each, same process:`,
    );
    const base = await load(`${baseline.url}/systems`, {});
    const real = await load(`${api.url}/api/v1/tenants/${tenant.slug}/ai-systems?limit=50`, bearer);
    show('bare Express + pg (baseline)', base);
    show('Kizuna API (API key, CASL, zod)', real);
    console.log(
      `ratio: throughput ${(real.rps / base.rps).toFixed(2)}×, p50 ${(real.p50 / base.p50).toFixed(2)}×, p99 ${(real.p99 / base.p99).toFixed(2)}×`,
    );
    await Promise.all([api.close(), baseline.close()]);

    console.log(`\nProvisioning ${TENANTS} tenants one after another through the tenantProvisioning workflow:`);
    const times: number[] = [];
    for (let i = 0; i < TENANTS; i += 1) {
      const started = performance.now();
      await provisionTenant(t.client, t.deps, { slug: `bench-${i}-${Date.now().toString(36)}`, name: `Bench ${i}` });
      times.push(performance.now() - started);
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const first = times.slice(0, 10).reduce((a, b) => a + b, 0) / Math.min(10, times.length);
    const last = times.slice(-10).reduce((a, b) => a + b, 0) / Math.min(10, times.length);
    console.log(
      `per tenant: mean ${mean.toFixed(0)} ms, p50 ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms; first 10 ${first.toFixed(0)} ms vs last 10 ${last.toFixed(0)} ms (${(last / first).toFixed(2)}×)`,
    );
  } finally {
    await t.close();
    await stack.stop();
  }
};

await main();

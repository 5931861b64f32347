// `npm run bench`: the inventory list through the real API beside a bare Express + pg handler running the same
// SQL in the same process, provisioning time per tenant, the sign-off round trip (HTTP decision → projection
// readable) beside a plain database write, and lifecycle workflow starts with the worker's memory. Figures, not
// assertions. Knobs: BENCH_ONLY=list,provision,signoff,workflows (comma list), BENCH_CONNECTIONS, BENCH_SECONDS,
// BENCH_TENANTS, BENCH_SIGNOFFS, BENCH_WORKFLOWS, BENCH_START_CONCURRENCY.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import express from 'express';
import { createPool } from '@kizuna/db';
import { createWorker } from '@kizuna/worker/worker';
import { provisionTenant } from '@kizuna/workflows/client';
import { lifecycleWorkflowId } from '@kizuna/workflows/lifecycle-definitions';
import type { Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createLifecycleFixtures, MEDIUM_PROFILE } from '../support/lifecycle-fixtures.js';
import { startStack } from '../support/start-stack.js';
import { createTestContext, logIn, TEST_PASSWORD } from '../support/test-context.js';

const SYSTEMS = 1_000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);
const SIGNOFFS = Number(process.env.BENCH_SIGNOFFS ?? 30);
const WORKFLOWS = Number(process.env.BENCH_WORKFLOWS ?? 1_000);
const START_CONCURRENCY = Number(process.env.BENCH_START_CONCURRENCY ?? 20);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'list,provision,signoff,workflows').split(',').map((s) => s.trim()));

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

const summary = (values: number[]) => ({
  mean: values.reduce((a, b) => a + b, 0) / values.length,
  p50: quantile(values, 0.5),
  p99: quantile(values, 0.99),
  max: Math.max(...values),
});

const showLatencies = (label: string, values: number[]) => {
  const s = summary(values);
  console.log(
    `${label.padEnd(44)} mean ${s.mean.toFixed(1).padStart(6)} ms  p50 ${s.p50.toFixed(1).padStart(6)} ms  p99 ${s.p99.toFixed(1).padStart(6)} ms  max ${s.max.toFixed(1).padStart(6)} ms`,
  );
  return s;
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Runs `fn` over `items` with at most `limit` in flight.
const pooled = async <T>(items: T[], limit: number, fn: (item: T) => Promise<void>) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
};

// A person's cookie session over real HTTP (fetch), as a browser would hold it.
const httpSession = async (baseUrl: string, email: string, password: string) => {
  let cookie = '';
  const request = async (method: string, path: string, body?: unknown, csrf?: string) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(cookie && { cookie }),
        ...(csrf && { 'x-csrf-token': csrf }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (set.length) cookie = set.join('; ');
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const first = await request('GET', '/api/v1/auth/csrf');
  const login = await request('POST', '/api/v1/auth/login', { email, password }, first.body.token as string);
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const csrf = (await request('GET', '/api/v1/auth/csrf')).body.token as string;
  return {
    loggedInAt: Date.now(),
    get: (path: string) => request('GET', path),
    post: (path: string, body: unknown) => request('POST', path, body, csrf),
  };
};

type HistoryEvent = {
  eventId?: unknown;
  eventTime?: { seconds?: unknown; nanos?: number | null } | null;
  activityTaskScheduledEventAttributes?: { activityType?: { name?: string | null } | null } | null;
  activityTaskStartedEventAttributes?: { scheduledEventId?: unknown } | null;
  activityTaskCompletedEventAttributes?: { scheduledEventId?: unknown; startedEventId?: unknown } | null;
  workflowExecutionUpdateAcceptedEventAttributes?: unknown;
  workflowExecutionUpdateCompletedEventAttributes?: unknown;
  workflowTaskStartedEventAttributes?: unknown;
  workflowTaskCompletedEventAttributes?: unknown;
};

// Where a decision's time goes, from the workflow run that handled it: each activity's wait for a worker
// (scheduled → started) and run (started → completed), inside update accepted → completed.
const decisionBreakdown = async (client: Client, workflowId: string, runId: string) => {
  const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  const events = (history.events ?? []) as HistoryEvent[];
  const at = (e: HistoryEvent) => Number(e.eventTime?.seconds ?? 0) * 1000 + (e.eventTime?.nanos ?? 0) / 1e6;
  const byId = new Map(events.map((e) => [String(e.eventId), e]));
  const accepted = events.findLast((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
  const completed = events.findLast((e) => e.workflowExecutionUpdateCompletedEventAttributes);
  if (!accepted || !completed) return null;
  const inUpdate = events.filter((e) => at(e) >= at(accepted) && at(e) <= at(completed));
  const activities = inUpdate
    .filter((e) => e.activityTaskCompletedEventAttributes)
    .map((e) => {
      const scheduled = byId.get(String(e.activityTaskCompletedEventAttributes!.scheduledEventId))!;
      const startedEvent = byId.get(String(e.activityTaskCompletedEventAttributes!.startedEventId))!;
      return {
        name: scheduled.activityTaskScheduledEventAttributes?.activityType?.name ?? '?',
        wait: at(startedEvent) - at(scheduled),
        run: at(e) - at(startedEvent),
      };
    });
  return {
    total: at(completed) - at(accepted),
    workflowTasks: inUpdate.filter((e) => e.workflowTaskCompletedEventAttributes).length,
    activities,
  };
};

const main = async () => {
  const stack = await startStack();
  // The worker is ours (not the test context's) so its status (cached workflows) can be read; it gets its own
  // pool, as a separate worker process would.
  const t = await createTestContext({ stack: stack.env, withWorker: false, checkContract: false });
  const workerPool = createPool(stack.env.appUrl, { max: 5 });
  const nativeConnection = await NativeConnection.connect({ address: stack.env.temporalAddress });
  const worker = await createWorker({
    connection: nativeConnection,
    namespace: stack.env.temporalNamespace,
    ownerPool: t.ownerPool,
    appPool: workerPool,
    appRole: stack.env.appRole,
    workflowBundlePath: stack.env.workflowBundlePath,
    overrides: { shutdownGraceTime: '1s' },
  });
  const running = worker.run();
  try {
    const tenant = await t.provision('bench');
    const systemIds: string[] = [];
    for (let i = 0; i < SYSTEMS; i += 1) {
      systemIds.push((await t.createSystemAs(tenant, 'governance_officer', `Bench system ${i}`)).id);
    }

    if (ONLY.has('list')) {
      const admin = await logIn(t.app, tenant.users.tenant_admin.email);
      const key = await admin.agent
        .post(`/api/v1/tenants/${tenant.slug}/api-keys`)
        .set('X-CSRF-Token', admin.csrf)
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
    }

    if (ONLY.has('provision')) {
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
    }

    if (ONLY.has('signoff') && SIGNOFFS > 0) {
      // Medium tier: one executive's approval activates the system. The officer answers and submits each one.
      const fixtures = createLifecycleFixtures(t, tenant);
      const prepared = [];
      const prepStarted = performance.now();
      for (let i = 0; i < SIGNOFFS; i += 1) {
        const system = await t.createSystemAs(tenant, 'governance_officer', `Bench sign-off ${i}`, {
          profile: MEDIUM_PROFILE,
        });
        prepared.push(await fixtures.advance(system, 'signoff'));
      }
      const prepMs = performance.now() - prepStarted;

      const api = await listen(t.app);
      const sys = (id: string) => `/api/v1/tenants/${tenant.slug}/ai-systems/${id}`;
      let exec = await httpSession(api.url, tenant.users.executive.email, TEST_PASSWORD);
      const decision: number[] = [];
      const readable: number[] = [];
      let reads = 0;
      let failures = 0;
      let lastRun: { workflowId: string; runId: string } | null = null;
      for (const p of prepared) {
        if (p === prepared.at(-1)) {
          const workflowId = lifecycleWorkflowId(tenant.id, p.system.id);
          lastRun = { workflowId, runId: (await t.client.workflow.getHandle(workflowId).describe()).runId };
        }
        // Fresh authentication by a recent login (5 minutes), so the figure is the round trip, not argon2.
        if (Date.now() - exec.loggedInAt > 4 * 60_000)
          exec = await httpSession(api.url, tenant.users.executive.email, TEST_PASSWORD);
        const started = performance.now();
        const res = await exec.post(`${sys(p.system.id)}/signoffs`, {
          assessmentId: p.assessmentId,
          decision: 'approve',
          snapshotHash: p.snapshotHash,
          attestation: 'I approve this system for use.',
        });
        const decided = performance.now();
        if (res.status !== 200 || res.body.state !== 'active') {
          failures += 1;
          continue;
        }
        for (;;) {
          reads += 1;
          const now = await exec.get(sys(p.system.id));
          if (now.body.lifecycleState === 'active') break;
          if (performance.now() - started > 30_000) throw new Error(`${p.system.id} never became active`);
        }
        decision.push(decided - started);
        readable.push(performance.now() - started);
      }
      // One argon2 check on top, for scale: a decision with the password re-entered instead.
      const withPassword: number[] = [];
      for (let i = 0; i < Math.min(5, SIGNOFFS); i += 1) {
        const system = await t.createSystemAs(tenant, 'governance_officer', `Bench sign-off pw ${i}`, {
          profile: MEDIUM_PROFILE,
        });
        const p = await fixtures.advance(system, 'signoff');
        const started = performance.now();
        const res = await exec.post(`${sys(p.system.id)}/signoffs`, {
          assessmentId: p.assessmentId,
          decision: 'approve',
          snapshotHash: p.snapshotHash,
          attestation: 'I approve this system for use.',
          password: TEST_PASSWORD,
        });
        if (res.status === 200) withPassword.push(performance.now() - started);
      }

      // The baseline: record a decision row and touch the projection in one transaction, then read the row back,
      // through a bare Express + pg handler in the same process (no auth, CSRF, CASL, workflow or audit chain).
      await t.ownerPool.query(
        `create table if not exists "${tenant.schemaName}".bench_decisions
           (id uuid primary key, system_id uuid not null, decision text not null, decided_at timestamptz not null)`,
      );
      await t.ownerPool.query(
        `grant select, insert on "${tenant.schemaName}".bench_decisions to "${stack.env.appRole}"`,
      );
      const bare = express();
      bare.post('/decide/:id', async (req, res) => {
        const client = await t.appPool.connect();
        try {
          await client.query('begin');
          await client.query(`select set_config('search_path', $1, true)`, [tenant.schemaName]);
          await client.query(`insert into bench_decisions values ($1, $2, 'approve', now())`, [
            randomUUID(),
            req.params.id,
          ]);
          await client.query('update ai_systems set updated_at = now() where id = $1', [req.params.id]);
          await client.query('commit');
          res.json({ ok: true });
        } finally {
          client.release();
        }
      });
      bare.get('/systems/:id', async (req, res) => {
        const client = await t.appPool.connect();
        try {
          await client.query('begin');
          await client.query(`select set_config('search_path', $1, true)`, [tenant.schemaName]);
          const { rows } = await client.query('select * from ai_systems where id = $1', [req.params.id]);
          await client.query('commit');
          res.json(rows[0]);
        } finally {
          client.release();
        }
      });
      const baseline = await listen(bare);
      const baseWrite: number[] = [];
      const baseRoundTrip: number[] = [];
      for (const id of systemIds.slice(0, Math.max(SIGNOFFS, 1))) {
        const started = performance.now();
        await (await fetch(`${baseline.url}/decide/${id}`, { method: 'POST' })).text();
        const written = performance.now();
        await (await fetch(`${baseline.url}/systems/${id}`)).text();
        baseWrite.push(written - started);
        baseRoundTrip.push(performance.now() - started);
      }

      console.log(
        `\nSign-off round trip, ${SIGNOFFS} medium-tier systems one after another (each prepared to signoff: ` +
          `${(prepMs / SIGNOFFS).toFixed(0)} ms per system for roles, assessment, evidence, answers and submission):`,
      );
      const b1 = showLatencies('bare Express + pg: write decision (baseline)', baseWrite);
      const b2 = showLatencies('bare Express + pg: write + read back', baseRoundTrip);
      const k1 = showLatencies('Kizuna: POST decision (workflow update)', decision);
      const k2 = showLatencies('Kizuna: decision → GET shows active', readable);
      if (withPassword.length)
        showLatencies(`Kizuna: POST with password (argon2), n=${withPassword.length}`, withPassword);
      console.log(
        `ratio (round trip): p50 ${(k2.p50 / b2.p50).toFixed(1)}×, p99 ${(k2.p99 / b2.p99).toFixed(1)}×; ` +
          `GETs until readable: ${(reads / Math.max(1, readable.length)).toFixed(2)} per decision; failed decisions ${failures}` +
          ` (decision p50 ${(k1.p50 / b1.p50).toFixed(1)}× the bare write)`,
      );
      const breakdown = lastRun && (await decisionBreakdown(t.client, lastRun.workflowId, lastRun.runId));
      if (breakdown) {
        console.log(
          `last decision in its workflow history: update accepted → completed ${breakdown.total.toFixed(0)} ms, ` +
            `${breakdown.workflowTasks} workflow tasks; activities (wait for worker + run): ` +
            breakdown.activities.map((a) => `${a.name} ${a.wait.toFixed(0)}+${a.run.toFixed(0)} ms`).join(', '),
        );
      }
      await Promise.all([api.close(), baseline.close()]);
    }

    if (ONLY.has('workflows') && WORKFLOWS > 0) {
      while (systemIds.length < WORKFLOWS) {
        systemIds.push((await t.createSystemAs(tenant, 'governance_officer', `Bench system ${systemIds.length}`)).id);
      }
      const ids = systemIds.slice(0, WORKFLOWS);
      const statusBefore = worker.getStatus();
      const memBefore = process.memoryUsage();
      const started = performance.now();
      await pooled(ids, START_CONCURRENCY, (id) =>
        t.lifecycle.ensureStarted(tenant.id, id, { state: 'draft', seq: 0 }),
      );
      const startedAll = performance.now();
      // Every workflow has run its first task (and sits waiting, cached in the worker) once the cache has grown by
      // N and no activation is in flight.
      const target = statusBefore.numCachedWorkflows + ids.length;
      for (;;) {
        const s = worker.getStatus();
        if (s.numCachedWorkflows >= target && s.numInFlightWorkflowActivations === 0) break;
        if (performance.now() - startedAll > 180_000) break;
        await sleep(50);
      }
      const settled = performance.now();
      const statusAfter = worker.getStatus();
      await sleep(1_000);
      const memAfter = process.memoryUsage();
      const open = await t.client.workflow.count(`TenantId = '${tenant.id}' AND ExecutionStatus = 'Running'`);

      // Baseline: the same number of single-row inserts, same concurrency, through the app pool.
      await t.ownerPool.query(
        `create table if not exists "${tenant.schemaName}".bench_starts (id uuid primary key, at timestamptz not null)`,
      );
      await t.ownerPool.query(`grant select, insert on "${tenant.schemaName}".bench_starts to "${stack.env.appRole}"`);
      const insertStarted = performance.now();
      await pooled(ids, START_CONCURRENCY, async () => {
        await t.appPool.query(`insert into "${tenant.schemaName}".bench_starts values ($1, now())`, [randomUUID()]);
      });
      const insertMs = performance.now() - insertStarted;

      const startMs = startedAll - started;
      const settleMs = settled - started;
      console.log(
        `\n${ids.length} aiSystemLifecycle workflows started through the gateway (ensureStarted), ${START_CONCURRENCY} in flight, in-process worker:`,
      );
      console.log(
        `starts: ${startMs.toFixed(0)} ms, ${((ids.length / startMs) * 1000).toFixed(0)} starts/s; ` +
          `first workflow task done for all: ${settleMs.toFixed(0)} ms (${((ids.length / settleMs) * 1000).toFixed(0)} workflows/s)`,
      );
      console.log(
        `baseline: ${ids.length} single-row pg inserts, same concurrency: ${insertMs.toFixed(0)} ms, ` +
          `${((ids.length / insertMs) * 1000).toFixed(0)} inserts/s (a start costs ${(startMs / insertMs).toFixed(1)}× an insert)`,
      );
      console.log(
        `open (Running) for the tenant, sign-off systems included: ${open.count}; worker cache ${statusBefore.numCachedWorkflows} → ${statusAfter.numCachedWorkflows} ` +
          `(maxCachedWorkflows ${worker.options.maxCachedWorkflows})`,
      );
      console.log(
        `process RSS ${mb(memBefore.rss)} → ${mb(memAfter.rss)} (+${mb(memAfter.rss - memBefore.rss)}, ` +
          `${((memAfter.rss - memBefore.rss) / ids.length / 1024).toFixed(1)} KB per open workflow); ` +
          `main heap used ${mb(memBefore.heapUsed)} → ${mb(memAfter.heapUsed)}, external ${mb(memBefore.external)} → ${mb(memAfter.external)}`,
      );
    }
  } finally {
    worker.shutdown();
    await running;
    await Promise.all([t.close(), workerPool.end(), nativeConnection.close()]);
    await stack.stop();
  }
};

await main();

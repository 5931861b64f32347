import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createClient, KizunaApiError } from '@kizuna/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

let t: TestContext;
let tenant: TestTenant;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestContext({ withWorker: true });
  tenant = await t.provision('client');
  server = await new Promise((resolve) => {
    const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await t?.close();
});

const mintKey = async (scopes: string[]) => {
  const { agent, csrf } = await logIn(t.app, tenant.users.tenant_admin.email);
  const res = await agent
    .post(`/api/v1/tenants/${tenant.slug}/api-keys`)
    .set('X-CSRF-Token', csrf)
    .send({ name: 'sync', scopes });
  return res.body.secret as string;
};

describe('typed client', () => {
  it('when an integrator syncs a system from a model registry, then create, read and conditional update all work', async () => {
    const client = createClient({ baseUrl, apiKey: await mintKey(['ai-systems:write']) });
    const created = await client.call('createAiSystem', {
      params: { tenant: tenant.slug },
      body: { name: 'Registry model', purpose: 'Imported from the model registry', vendor: 'Acme ML' },
      idempotencyKey: 'registry-model-1',
    });
    expect(created.status).toBe(201);
    expect(created.data.vendor).toBe('Acme ML');
    const again = await client.call('createAiSystem', {
      params: { tenant: tenant.slug },
      body: { name: 'Registry model', purpose: 'Imported from the model registry', vendor: 'Acme ML' },
      idempotencyKey: 'registry-model-1',
    });
    expect(again.data.id).toBe(created.data.id);
    const fetched = await client.call('getAiSystem', { params: { tenant: tenant.slug, id: created.data.id } });
    const patched = await client.call('updateAiSystem', {
      params: { tenant: tenant.slug, id: created.data.id },
      body: { modelName: 'v2' },
      ifMatch: fetched.etag!,
    });
    expect(patched.data.modelName).toBe('v2');
    expect(patched.etag).toBe('"v2"');
  });

  it('when the key lacks the scope, then the client throws the problem with its code', async () => {
    const client = createClient({ baseUrl, apiKey: await mintKey(['ai-systems:read']) });
    const error = await client
      .call('createAiSystem', { params: { tenant: tenant.slug }, body: { name: 'x', purpose: 'y' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KizunaApiError);
    expect((error as KizunaApiError).status).toBe(403);
    expect((error as KizunaApiError).problem.code).toBe('FORBIDDEN');
  });

  it('when a listing spans several pages, then paginate yields every item once, following the cursor', async () => {
    const client = createClient({ baseUrl, apiKey: await mintKey(['ai-systems:write']) });
    const names = ['Paged A', 'Paged B', 'Paged C', 'Paged D', 'Paged E'];
    for (const name of names) {
      await client.call('createAiSystem', { params: { tenant: tenant.slug }, body: { name, purpose: 'Paging' } });
    }
    const pages: string[] = [];
    const counting: typeof fetch = (url, init) => (pages.push(String(url)), fetch(url, init));
    const paging = createClient({ baseUrl, apiKey: await mintKey(['ai-systems:read']), fetch: counting });
    const seen: string[] = [];
    for await (const system of paging.paginate('listAiSystems', {
      params: { tenant: tenant.slug },
      query: { limit: 2 },
    })) {
      seen.push(system.id);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(names.length);
    expect(pages.length).toBe(Math.ceil(seen.length / 2));
    expect(pages.slice(1).every((u) => u.includes('cursor='))).toBe(true);
  });

  it('when the answer to a create is lost to a 503 after the server acted, then the retry carries the same automatic Idempotency-Key and one system exists', async () => {
    const keys: (string | null)[] = [];
    let lose = true;
    // A proxy that forwards the first request but answers 503 for it, as a gateway timing out would.
    const flaky: typeof fetch = async (url, init) => {
      keys.push(new Headers(init?.headers).get('idempotency-key'));
      const res = await fetch(url, init);
      if (!lose) return res;
      lose = false;
      return new Response(
        JSON.stringify({ type: 'about:blank', title: 'Busy', status: 503, code: 'SERVICE_UNAVAILABLE' }),
        {
          status: 503,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '0' },
        },
      );
    };
    const client = createClient({ baseUrl, apiKey: await mintKey(['ai-systems:write']), fetch: flaky });
    const name = `Once only ${Date.now()}`;
    const created = await client.call('createAiSystem', {
      params: { tenant: tenant.slug },
      body: { name, purpose: 'Retried' },
    });
    expect(created.status).toBe(201);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const rows = await t.ownerPool.query(
      `select count(*)::int as n from "${tenant.schemaName}".ai_systems where name = $1`,
      [name],
    );
    expect(rows.rows[0].n).toBe(1);
  });

  it('when the server answers 429 with Retry-After, then the client waits that long and retries; a 503 on a write without a key is not repeated', async () => {
    const attempts: number[] = [];
    const limited: typeof fetch = async (url, init) => {
      attempts.push(Date.now());
      if (attempts.length === 1) {
        return new Response(
          JSON.stringify({ type: 'about:blank', title: 'Slow down', status: 429, code: 'RATE_LIMITED' }),
          {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
          },
        );
      }
      return fetch(url, init);
    };
    const client = createClient({ baseUrl, apiKey: await mintKey(['ai-systems:read']), fetch: limited });
    const listed = await client.call('listAiSystems', { params: { tenant: tenant.slug } });
    expect(listed.status).toBe(200);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(900);

    let calls = 0;
    const down: typeof fetch = async () => {
      calls += 1;
      return new Response('{}', { status: 503, headers: { 'retry-after': '0' } });
    };
    const writer = createClient({ baseUrl, apiKey: 'kz_unused', fetch: down });
    const error = await writer.call('logout').catch((e: unknown) => e);
    expect((error as KizunaApiError).code).toBe('HTTP_503');
    expect(calls).toBe(1);
  });

  it('when a new integrator runs the README example (list, record an incident, read a dossier), then each line works as written', async () => {
    const apiKey = await mintKey(['ai-systems:read', 'incidents:write', 'dossiers:read', 'ai-systems:write']);
    const setup = createClient({ baseUrl, apiKey });
    const { data: system } = await setup.call('createAiSystem', {
      params: { tenant: tenant.slug },
      body: { name: 'README system', purpose: 'Example' },
    });
    const kizuna = createClient({ baseUrl, apiKey });
    const listed: string[] = [];
    for await (const s of kizuna.paginate('listAiSystems', { params: { tenant: tenant.slug } })) listed.push(s.id);
    expect(listed).toContain(system.id);
    const at = new Date().toISOString(),
      systemIds = [system.id];
    const { data: incident } = await kizuna.call('createIncident', {
      params: { tenant: tenant.slug },
      body: {
        title: 'Chatbot quoted stale prices',
        description: 'Flagged by monitoring',
        severity: 'medium',
        categories: ['safety'],
        systemIds,
        detectedAt: at,
        awareAt: at,
      },
    });
    const { data: dossier } = await kizuna.call('getDossier', {
      params: { tenant: tenant.slug, id: incident.systemIds[0]! },
    });
    expect(dossier.system.id).toBe(system.id);
  });
});

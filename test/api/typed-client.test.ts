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
});

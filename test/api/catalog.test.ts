import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

let t: TestContext;
let tenant: TestTenant;
beforeAll(async () => {
  t = await createTestContext({ withWorker: true });
  tenant = await t.provision('catalog');
});
afterAll(() => t?.close());

describe('catalog API', () => {
  it('when a logged-in user lists frameworks, then Japan’s guidelines come with both versions and counts', async () => {
    const { agent } = await logIn(t.app, tenant.users.auditor.email);
    const res = await agent.get('/api/v1/catalog/frameworks').expect(200);
    const aigb = res.body.items.find((f: { id: string }) => f.id === 'jp-aigb');
    expect(aigb.name.ja.length).toBeGreaterThan(0);
    expect(aigb.versions.map((v: { version: string }) => v.version).sort()).toEqual(['1.1', '1.2']);
    expect(aigb.versions.every((v: { requirementCount: number }) => v.requirementCount > 0)).toBe(true);
  });

  it('when a version is fetched, then every requirement carries its source; an unknown version is 404', async () => {
    const { agent } = await logIn(t.app, tenant.users.auditor.email);
    const res = await agent.get('/api/v1/catalog/frameworks/appi/versions/2026-07-17').expect(200);
    expect(res.body.requirements.every((r: { source: { document: string } }) => r.source.document)).toBe(true);
    const missing = await agent.get('/api/v1/catalog/frameworks/appi/versions/1999').expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    await agent.get('/api/v1/catalog/frameworks/APPI!/versions/1').expect(400);
  });

  it('when v1.1 and v1.2 of the AI Guidelines for Business are diffed, then the agent items are added and C-10 changed', async () => {
    const { agent } = await logIn(t.app, tenant.users.governance_officer.email);
    const res = await agent.get('/api/v1/catalog/diff?framework=jp-aigb&from=1.1&to=1.2').expect(200);
    expect(res.body.added.map((r: { id: string }) => r.id).sort()).toEqual(['jp-aigb:AG-1', 'jp-aigb:AG-2']);
    expect(res.body.changed.map((c: { id: string }) => c.id)).toEqual(['jp-aigb:C-10']);
    expect(res.body.removed).toEqual([]);
  });

  it('when nobody is logged in, then 401; when a revoked API key is used, then 401 as well', async () => {
    await supertest(t.app).get('/api/v1/catalog/frameworks').expect(401);
    const admin = await logIn(t.app, tenant.users.tenant_admin.email);
    const key = await admin.agent
      .post(`/api/v1/tenants/${tenant.slug}/api-keys`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ name: 'catalog reader', scopes: ['ai-systems:read'] })
      .expect(201);
    const bearer = `Bearer ${key.body.secret as string}`;
    await supertest(t.app).get('/api/v1/catalog/frameworks').set('Authorization', bearer).expect(200);
    await admin.agent
      .delete(`/api/v1/tenants/${tenant.slug}/api-keys/${key.body.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .expect(204);
    await supertest(t.app).get('/api/v1/catalog/frameworks').set('Authorization', bearer).expect(401);
  });
});

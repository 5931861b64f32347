import supertest from 'supertest';
import { notifyRecipients } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

let t: TestContext;
let tenant: TestTenant;
beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('people');
});
afterAll(() => t?.close());

describe('members and notifications', () => {
  it('when an officer lists members, then everyone appears with name and roles; an API key may not list them', async () => {
    const officer = await logIn(t.app, tenant.users.governance_officer.email);
    const res = await officer.agent.get(`/api/v1/tenants/${tenant.slug}/members`).expect(200);
    const exec = res.body.items.find((m: { id: string }) => m.id === tenant.users.executive.id);
    expect(exec).toMatchObject({ email: tenant.users.executive.email, roles: ['executive'] });
    expect(res.body.items).toHaveLength(6);
    const owner = await logIn(t.app, tenant.users.system_owner.email);
    await owner.agent.get(`/api/v1/tenants/${tenant.slug}/members`).expect(200);
    const admin = await logIn(t.app, tenant.users.tenant_admin.email);
    const key = await admin.agent
      .post(`/api/v1/tenants/${tenant.slug}/api-keys`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ name: 'no people', scopes: ['ai-systems:read'] })
      .expect(201);
    await supertest(t.app)
      .get(`/api/v1/tenants/${tenant.slug}/members`)
      .set('Authorization', `Bearer ${key.body.secret as string}`)
      .expect(403);
  });

  it('when a notification is marked read, then it leaves the unread list; someone else’s answers 404', async () => {
    await notifyRecipients(t.deps, {
      tenantId: tenant.id,
      systemId: null,
      kind: 'signoff_reminder',
      recipients: { userIds: [tenant.users.executive.id] },
      payload: { note: 'test' },
      dedupeKey: 'members-test',
    });
    const exec = await logIn(t.app, tenant.users.executive.email);
    const unread = await exec.agent.get(`/api/v1/tenants/${tenant.slug}/notifications?unread=true`).expect(200);
    expect(unread.body.items).toHaveLength(1);
    const id = unread.body.items[0].id as string;
    const other = await logIn(t.app, tenant.users.executive2.email);
    await other.agent
      .post(`/api/v1/tenants/${tenant.slug}/notifications/${id}/read`)
      .set('X-CSRF-Token', other.csrf)
      .expect(404);
    await exec.agent
      .post(`/api/v1/tenants/${tenant.slug}/notifications/${id}/read`)
      .set('X-CSRF-Token', exec.csrf)
      .expect(204);
    const after = await exec.agent.get(`/api/v1/tenants/${tenant.slug}/notifications?unread=true`).expect(200);
    expect(after.body.items).toHaveLength(0);
    const all = await exec.agent.get(`/api/v1/tenants/${tenant.slug}/notifications`).expect(200);
    expect(all.body.items[0].readAt).not.toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

let t: TestContext;
let acme: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  acme = await t.provision('sys');
});
afterAll(() => t?.close());

const base = () => `/api/v1/tenants/${acme.slug}/ai-systems`;

describe('AI system inventory', () => {
  it('when an officer registers a system with only name and purpose, then defaults fill the rest and an audit event is written', async () => {
    const { agent, csrf } = await logIn(t.app, acme.users.governance_officer.email);
    const res = await agent
      .post(base())
      .set('X-CSRF-Token', csrf)
      .send({ name: 'Chatbot', purpose: 'Answers questions' })
      .expect(201);
    expect(res.body).toMatchObject({ name: 'Chatbot', lifecycleState: 'draft', roles: [], riskTier: null, version: 1 });
    expect(res.body.profile.sector).toBe('general');
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers.location).toBe(`${base()}/${res.body.id}`);
    const audit = await agent.get(`/api/v1/tenants/${acme.slug}/audit-events?limit=200`).expect(200);
    expect(
      audit.body.items.some(
        (e: { action: string; targetId: string }) => e.action === 'ai_system.created' && e.targetId === res.body.id,
      ),
    ).toBe(true);
  });

  it('when the list is paged, then every system appears exactly once', async () => {
    for (let i = 0; i < 5; i += 1) await t.createSystemAs(acme, 'governance_officer', `Paged ${i}`);
    const { agent } = await logIn(t.app, acme.users.auditor.email);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await agent
        .get(`${base()}?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...res.body.items.map((s: { id: string }) => s.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(6);
  });

  it('when PATCH carries a stale If-Match, then 412 and nothing changes; without If-Match, 428', async () => {
    const system = await t.createSystemAs(acme, 'governance_officer', 'Versioned');
    const { agent, csrf } = await logIn(t.app, acme.users.governance_officer.email);
    const ok = await agent
      .patch(`${base()}/${system.id}`)
      .set('X-CSRF-Token', csrf)
      .set('If-Match', '"v1"')
      .send({ name: 'Versioned 2' })
      .expect(200);
    expect(ok.body.version).toBe(2);
    expect(ok.headers.etag).toBe('"v2"');
    const stale = await agent
      .patch(`${base()}/${system.id}`)
      .set('X-CSRF-Token', csrf)
      .set('If-Match', '"v1"')
      .send({ name: 'Lost update' })
      .expect(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
    await agent.patch(`${base()}/${system.id}`).set('X-CSRF-Token', csrf).send({ name: 'No precondition' }).expect(428);
    const current = await agent.get(`${base()}/${system.id}`).expect(200);
    expect(current.body.name).toBe('Versioned 2');
  });

  it('when a system owner lists, then only their own or their business unit systems come back, filtered in SQL', async () => {
    await t.createSystemAs(acme, 'governance_officer', 'Not the owner’s');
    const mine = await t.createSystemAs(acme, 'system_owner', 'Owner’s own');
    const { agent } = await logIn(t.app, acme.users.system_owner.email);
    const res = await agent.get(`${base()}?limit=200`).expect(200);
    expect(res.body.items.map((s: { id: string }) => s.id)).toEqual([mine.id]);
  });

  it('when an auditor tries to register a system, then 403 and nothing is written', async () => {
    const { agent, csrf } = await logIn(t.app, acme.users.auditor.email);
    const before = (await agent.get(`${base()}?limit=200`).expect(200)).body.items.length;
    const res = await agent.post(base()).set('X-CSRF-Token', csrf).send({ name: 'Nope', purpose: 'x' }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await agent.get(`${base()}?limit=200`).expect(200)).body.items.length).toBe(before);
  });
});

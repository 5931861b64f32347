import type { TAiSystem } from '@kizuna/contracts';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, expectProblem, hex, userCaller, type Caller } from '../support/api-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Issue 7 §4: the stakeholder feedback channel, public side and triage, on the real stack.

let t: TestContext;
let T: TestTenant;
let other: TestTenant;
let officer: Caller;
let admin: Caller;
let owner: Caller;
let auditor: Caller;
let listed: TAiSystem;
let ownersListed: TAiSystem;
let unlisted: TAiSystem;
let othersSystem: TAiSystem;

const channelPath = (tenant: TestTenant = T) => `/api/v1/tenants/${tenant.slug}/feedback-channel`;
const queue = () => `/api/v1/tenants/${T.slug}/feedback`;
const publicPath = (slug: string = T.slug) => `/api/v1/public/feedback/${slug}`;
// Each sender has its own address (the API trusts the loopback proxy's X-Forwarded-For), so throttling one does
// not reach another.
const sender = () => {
  const ip = `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
  return {
    get: (slug?: string) => supertest(t.app).get(publicPath(slug)).set('X-Forwarded-For', ip),
    post: (body: unknown, slug?: string) =>
      supertest(t.app)
        .post(publicPath(slug))
        .set('X-Forwarded-For', ip)
        .send(body as object),
  };
};
const report = (extra: Record<string, unknown> = {}) => ({
  systemId: listed.id,
  message: 'The chatbot told me my order was cancelled, but it was not.',
  language: 'en',
  ...extra,
});

const count = async (table: string, tenant: TestTenant = T) =>
  (await t.ownerPool.query<{ n: number }>(`select count(*)::int as n from ${tenant.schemaName}.${table}`)).rows[0]!.n;
const auditOf = async (targetId: string) =>
  (
    await t.ownerPool.query<{ action: string; actor_type: string; actor_id: string; data: Record<string, unknown> }>(
      `select action, actor_type, actor_id, data from ${T.schemaName}.audit_events where target_id = $1 order by seq`,
      [targetId],
    )
  ).rows;

const submitOk = async (extra: Record<string, unknown> = {}) => {
  const res = await sender().post(report(extra));
  expect(res.status, res.text).toBe(201);
  const reference = res.body.reference as string;
  const { rows } = await t.ownerPool.query<{ id: string }>(
    `select id from ${T.schemaName}.feedback_reports where reference = $1`,
    [reference],
  );
  return { reference, id: rows[0]!.id };
};

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('fb');
  other = await t.provision('fbx');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
  owner = await userCaller(t.app, T.users.system_owner.email, 'owner');
  auditor = await userCaller(t.app, T.users.auditor.email, 'auditor');
  admin = await adminOf(t.app, T);
  listed = await t.createSystemAs(T, 'governance_officer', 'Support chatbot');
  ownersListed = await t.createSystemAs(T, 'governance_officer', 'Owner’s recommender', {
    ownerId: T.users.system_owner.id,
  });
  unlisted = await t.createSystemAs(T, 'governance_officer', 'Internal scorer (not public)');
  othersSystem = await t.createSystemAs(other, 'governance_officer', `Other tenant ${hex(4)}`);
  const on = await officer.call('put', channelPath(), {
    body: {
      enabled: true,
      systemIds: [listed.id, ownersListed.id],
      intro: { ja: 'AIシステムについてのご意見をお寄せください。', en: 'Tell us about a problem with our AI.' },
    },
  });
  expect(on.status, on.text).toBe(200);
});
afterAll(() => t?.close());

describe('channel settings', () => {
  it('when a tenant has never turned the channel on, then it reads as off and the public page is 404', async () => {
    const otherAdmin = await adminOf(t.app, other);
    const res = await otherAdmin.call('get', channelPath(other));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ enabled: false, systemIds: [], intro: { ja: '', en: '' } });
    expectProblem(await sender().get(other.slug), 404, 'NOT_FOUND');
    expectProblem(await sender().post(report({ systemId: null }), other.slug), 404, 'NOT_FOUND');
  });

  it('when an auditor or a system owner tries to change the channel, then 403 and it is unchanged', async () => {
    const body = { enabled: false, systemIds: [], intro: { ja: '', en: '' } };
    expectProblem(await auditor.call('put', channelPath(), { body }), 403, 'FORBIDDEN');
    expectProblem(await owner.call('put', channelPath(), { body }), 403, 'FORBIDDEN');
    const read = await auditor.call('get', channelPath());
    expect(read.body.enabled).toBe(true);
  });

  it('when the channel names another tenant’s system, then 400 naming that entry', async () => {
    const res = await admin.call('put', channelPath(), {
      body: { enabled: true, systemIds: [listed.id, othersSystem.id], intro: { ja: '', en: '' } },
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.systemIds.1']);
    expect((await admin.call('get', channelPath())).body.systemIds).toEqual([listed.id, ownersListed.id]);
  });

  it('when the public page is read, then it shows the tenant name, intro and only the listed systems by name', async () => {
    const res = await sender().get();
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      tenantName: T.name,
      intro: { ja: 'AIシステムについてのご意見をお寄せください。', en: 'Tell us about a problem with our AI.' },
      systems: [
        { id: listed.id, name: 'Support chatbot' },
        { id: ownersListed.id, name: 'Owner’s recommender' },
      ],
    });
    expect(res.text).not.toContain(unlisted.id);
    expect(res.text).not.toContain(othersSystem.id);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('when an unknown tenant slug is asked for, then the same 404 as a channel that is off', async () => {
    const unknown = await sender().get(`nx-${hex(4)}`);
    const off = await sender().get(other.slug);
    expectProblem(unknown, 404, 'NOT_FOUND');
    expect(unknown.body.detail).toBe(off.body.detail);
  });

  it('when the dossier of a listed system is read, then it carries the public page URL; an unlisted one has none', async () => {
    const dossier = await officer.call('get', `/api/v1/tenants/${T.slug}/ai-systems/${listed.id}/dossier`);
    expect(dossier.status, dossier.text).toBe(200);
    expect(dossier.body.feedbackChannelUrl).toMatch(new RegExp(`^https?://[^/]+/feedback/${T.slug}$`));
    const none = await officer.call('get', `/api/v1/tenants/${T.slug}/ai-systems/${unlisted.id}/dossier`);
    expect(none.body.feedbackChannelUrl).toBeNull();
  });
});

describe('public submission', () => {
  it('when someone reports a problem, then 201 with a reference, the report is new, audited without its text, and officers are notified', async () => {
    const message = 'The answer about my refund was wrong.\nIt said I was not eligible.';
    const { reference, id } = await submitOk({ message, contact: 'reporter@example.test', category: 'wrong_output' });
    expect(reference).toMatch(/^FB-\d{4}-\d{6}$/);
    const stored = await officer.call('get', `${queue()}/${id}`);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      reference,
      status: 'new',
      systemId: listed.id,
      message,
      language: 'en',
      contact: 'reporter@example.test',
      category: 'wrong_output',
      incidentId: null,
    });
    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'feedback.received', actor_type: 'system', actor_id: 'public-feedback' });
    expect(audit[0]!.data).toEqual({ reference, systemId: listed.id, language: 'en' });
    const { rows } = await t.ownerPool.query<{ ip_hash: string }>(
      `select ip_hash from ${T.schemaName}.feedback_reports where id = $1`,
      [id],
    );
    expect(rows[0]!.ip_hash).toMatch(/^[0-9a-f]{64}$/);
    const inbox = await officer.call('get', `/api/v1/tenants/${T.slug}/notifications`);
    expect(
      inbox.body.items.some(
        (n: { kind: string; payload: { reference?: string } }) =>
          n.kind === 'feedback_received' && n.payload.reference === reference,
      ),
    ).toBe(true);
  });

  it('when two reports arrive, then their references differ and count up', async () => {
    const a = await submitOk({ systemId: null });
    const b = await submitOk({ systemId: null });
    expect(Number(b.reference.slice(-6))).toBe(Number(a.reference.slice(-6)) + 1);
  });

  it('when the message carries HTML, then it is stored as given and only ever answered as JSON', async () => {
    const message = '<script>alert(1)</script><img src=x onerror=alert(2)> the bot is broken';
    const res = await sender().post(report({ message }));
    expect(res.status).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.text).not.toContain('<script>');
    const { rows } = await t.ownerPool.query<{ id: string }>(
      `select id from ${T.schemaName}.feedback_reports where reference = $1`,
      [res.body.reference],
    );
    const read = await officer.call('get', `${queue()}/${rows[0]!.id}`);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.body.message).toBe(message);
  });

  it('when the input is bad, then 400 naming each bad field and nothing is written', async () => {
    const before = { reports: await count('feedback_reports'), audit: await count('audit_events') };
    const res = await sender().post({
      systemId: 'not-a-uuid',
      message: 'short',
      language: 'fr',
      contact: 'not an email',
      category: 'spam',
      extra: 1,
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    for (const field of ['systemId', 'message', 'language', 'contact', 'category'])
      expect(paths).toContain(`body.${field}`);
    const control = await sender().post(report({ message: 'A message with a bell \u0007 character in it' }));
    expectProblem(control, 400, 'VALIDATION_FAILED');
    expect(control.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.message']);
    const longOne = await sender().post(report({ message: 'x'.repeat(4001) }));
    expectProblem(longOne, 400, 'VALIDATION_FAILED');
    const unlistedSystem = await sender().post(report({ systemId: unlisted.id }));
    expectProblem(unlistedSystem, 400, 'VALIDATION_FAILED');
    expect(unlistedSystem.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.systemId']);
    const foreign = await sender().post(report({ systemId: othersSystem.id }));
    expectProblem(foreign, 400, 'VALIDATION_FAILED');
    expect(await count('feedback_reports')).toBe(before.reports);
    expect(await count('audit_events')).toBe(before.audit);
  });

  it('when the body is larger than 16 KB, then 413 and nothing is written', async () => {
    const before = await count('feedback_reports');
    const res = await sender().post(report({ message: 'x'.repeat(17 * 1024) }));
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
    expect(await count('feedback_reports')).toBe(before);
  });

  it('when one address sends more than 5 reports in the window, then 429 with Retry-After; another address still gets through', async () => {
    const one = sender();
    for (let i = 0; i < 5; i += 1) expect((await one.post(report({ systemId: null }))).status).toBe(201);
    const before = await count('feedback_reports');
    const blocked = await one.post(report({ systemId: null }));
    expectProblem(blocked, 429, 'RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(await count('feedback_reports')).toBe(before);
    expect((await sender().post(report({ systemId: null }))).status).toBe(201);
  });

  it('when the hidden honeypot field is filled in, then the answer looks the same and nothing is kept', async () => {
    const before = await count('feedback_reports');
    const res = await sender().post(report({ website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^FB-\d{4}-\d{6}$/);
    expect(await count('feedback_reports')).toBe(before);
  });
});

describe('triage', () => {
  const incidentCount = () => count('incidents');

  it('when an officer dismisses a new report, then it is dismissed and audited; a second triage is 409', async () => {
    const { id, reference } = await submitOk();
    const res = await officer.call('post', `${queue()}/${id}/dismiss`, { body: { reason: 'Not about our AI' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      status: 'dismissed',
      dismissReason: 'Not about our AI',
      triagedBy: T.users.governance_officer.id,
    });
    expect(res.body.triagedAt).toEqual(expect.any(String));
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['feedback.received', 'feedback.dismissed']);
    expect((await auditOf(id))[1]!.data).toMatchObject({ reference });
    expectProblem(
      await officer.call('post', `${queue()}/${id}/dismiss`, { body: { reason: 'again' } }),
      409,
      'CONFLICT',
    );
    const before = await incidentCount();
    expectProblem(
      await officer.call('post', `${queue()}/${id}/promote`, { body: { severity: 'low', categories: ['other'] } }),
      409,
      'CONFLICT',
    );
    expect(await incidentCount()).toBe(before);
  });

  it('when an officer links a report to an incident, then it is linked; a missing incident is 400 naming incidentId', async () => {
    const { id } = await submitOk();
    const incident = await officer.call('post', `/api/v1/tenants/${T.slug}/incidents`, {
      body: {
        title: 'Chatbot gives wrong refund answers',
        description: 'Several customers were told they are not eligible.',
        severity: 'medium',
        categories: ['other'],
        detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        awareAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    });
    expect(incident.status, incident.text).toBe(201);
    const missing = await officer.call('post', `${queue()}/${id}/link`, {
      body: { incidentId: '00000000-0000-4000-8000-000000000000' },
    });
    expectProblem(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.incidentId']);
    const res = await officer.call('post', `${queue()}/${id}/link`, { body: { incidentId: incident.body.id } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'linked', incidentId: incident.body.id });
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['feedback.received', 'feedback.linked']);
    expectProblem(
      await officer.call('post', `${queue()}/${id}/link`, { body: { incidentId: incident.body.id } }),
      409,
      'CONFLICT',
    );
  });

  it('when an officer promotes a report, then an incident is created from it, with clocks running from awareAt', async () => {
    const message = 'The chatbot showed me another customer’s address and phone number.';
    const { id, reference } = await submitOk({ message });
    const awareAt = new Date(Date.now() - 60_000).toISOString();
    const res = await officer.call('post', `${queue()}/${id}/promote`, {
      body: {
        severity: 'high',
        categories: ['personal_data_breach'],
        awareAt,
        personalData: { affectedCount: 1, sensitive: true },
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.feedback).toMatchObject({ status: 'promoted', incidentId: res.body.incident.id });
    expect(res.body.incident).toMatchObject({
      description: message,
      reporter: `Feedback ${reference}`,
      systemIds: [listed.id],
      severity: 'high',
      categories: ['personal_data_breach'],
      awareAt,
      status: 'open',
    });
    expect(res.body.incident.title).toContain(reference);
    // Sensitive data of one person is reportable: the APPI clocks run from the awareAt given.
    expect(res.body.incident.reportability.reportable).toBe(true);
    expect(res.body.incident.regulatoryClocks.length).toBeGreaterThan(0);
    for (const clock of res.body.incident.regulatoryClocks as { dueAt: string | null }[])
      if (clock.dueAt) expect(Date.parse(clock.dueAt)).toBeGreaterThan(Date.parse(awareAt));
    const got = await officer.call('get', `/api/v1/tenants/${T.slug}/incidents/${res.body.incident.id}`);
    expect(got.status).toBe(200);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['feedback.received', 'feedback.promoted']);
    expect((await auditOf(res.body.incident.id)).map((a) => a.action)).toContain('incident.created');
    expectProblem(
      await officer.call('post', `${queue()}/${id}/promote`, { body: { severity: 'high', categories: ['other'] } }),
      409,
      'CONFLICT',
    );
  });

  it('when a promotion’s incident facts are invalid, then 400, no incident, and the report stays new', async () => {
    const { id } = await submitOk();
    const before = await incidentCount();
    const res = await officer.call('post', `${queue()}/${id}/promote`, {
      body: { severity: 'low', categories: ['other'], awareAt: '2999-01-01T00:00:00Z' },
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(await incidentCount()).toBe(before);
    expect((await officer.call('get', `${queue()}/${id}`)).body.status).toBe('new');
  });

  it('when the queue is filtered by status and system, then only matching reports come back, newest first', async () => {
    const fresh = await submitOk({ systemId: ownersListed.id });
    const res = await officer.call('get', `${queue()}?status=new&systemId=${ownersListed.id}`);
    expect(res.status).toBe(200);
    expect(res.body.items[0].id).toBe(fresh.id);
    for (const item of res.body.items) expect(item).toMatchObject({ status: 'new', systemId: ownersListed.id });
    const page = await officer.call('get', `${queue()}?limit=1`);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const next = await officer.call('get', `${queue()}?limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
  });

  it('when a system owner reads the queue, then only reports about their systems; others are 404; triage is 403', async () => {
    const mine = await submitOk({ systemId: ownersListed.id });
    const notMine = await submitOk({ systemId: listed.id });
    const res = await owner.call('get', `${queue()}?limit=200`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(notMine.id);
    for (const item of res.body.items) expect(item.systemId).toBe(ownersListed.id);
    expectProblem(await owner.call('get', `${queue()}/${notMine.id}`), 404, 'NOT_FOUND');
    expectProblem(
      await owner.call('post', `${queue()}/${mine.id}/dismiss`, { body: { reason: 'x' } }),
      403,
      'FORBIDDEN',
    );
  });

  it('when an auditor reads the queue, then they see reports but cannot triage them', async () => {
    const { id } = await submitOk();
    expect((await auditor.call('get', `${queue()}/${id}`)).status).toBe(200);
    expectProblem(await auditor.call('post', `${queue()}/${id}/dismiss`, { body: { reason: 'x' } }), 403, 'FORBIDDEN');
    expect((await officer.call('get', `${queue()}/${id}`)).body.status).toBe('new');
  });
});

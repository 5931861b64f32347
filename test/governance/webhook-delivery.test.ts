import { attemptWebhookDelivery, createWebhookSecretBox, DEVELOPMENT_WEBHOOK_SECRET_KEY, newId } from '@kizuna/domain';
import { createWebhookSender } from '@kizuna/workflows/webhook-http-sender';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, sleep, type Caller } from '../support/api-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

// Issue 7 §6 on the real worker: retries with back-off, the dead letter, redelivery, secret rotation and the SSRF
// guard in production mode. A "day" of retries is four attempts 200–500 ms apart here.

let t: TestContext;
let T: TestTenant;
let admin: Caller;
let receiver: WebhookReceiver;

const base = () => `/api/v1/tenants/${T.slug}/webhooks`;

const register = async (path: string) => {
  const res = await admin.call('post', base(), { body: { url: receiver.url(path), events: ['incident.created'] } });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; secret: string };
};

const createIncident = async (title: string) => {
  const res = await admin.call('post', `/api/v1/tenants/${T.slug}/incidents`, {
    body: {
      title,
      description: 'Found by monitoring',
      severity: 'low',
      categories: ['other'],
      detectedAt: new Date(Date.now() - 60_000).toISOString(),
      awareAt: new Date(Date.now() - 60_000).toISOString(),
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string };
};

const deliveriesOf = async (endpointId: string) => {
  const res = await admin.call('get', `${base()}/${endpointId}/deliveries`);
  expect(res.status, res.text).toBe(200);
  return res.body.items as {
    id: string;
    status: string;
    attempts: number;
    totalAttempts: number;
    series: number;
    lastStatusCode: number | null;
    lastError: string | null;
  }[];
};

const waitForDelivery = async (endpointId: string, status: string, timeoutMs = 20_000) => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [d] = await deliveriesOf(endpointId);
    if (d && d.status === status) return d;
    if (Date.now() > until) throw new Error(`delivery not ${status}: ${JSON.stringify(d)}`);
    await sleep(150);
  }
};

const attemptsOf = async (deliveryId: string) =>
  (
    await t.ownerPool.query<{ series: number; attempt: number; outcome: string; status_code: number | null }>(
      `select series, attempt, outcome, status_code from ${T.schemaName}.webhook_attempts where delivery_id = $1 order by series, attempt`,
      [deliveryId],
    )
  ).rows;

beforeAll(async () => {
  t = await createTestContext({
    webhookTiming: { dispatch: { pollMs: 200 }, delivery: { firstRetryMs: 200, maxRetryMs: 500, maxAttempts: 4 } },
  });
  T = await t.provision('hookd');
  admin = await adminOf(t.app, T);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

describe('webhook delivery on the real worker', () => {
  it('when the receiver answers 500 twice then 200, then three attempts are recorded and the delivery ends delivered', async () => {
    receiver.answer([500, 500, 200]);
    const endpoint = await register('/flaky');
    const incident = await createIncident('Flaky receiver');
    const delivered = await waitForDelivery(endpoint.id, 'delivered');
    expect(delivered).toMatchObject({ attempts: 3, totalAttempts: 3, lastStatusCode: 200, lastError: null });
    expect((await attemptsOf(delivered.id)).map((a) => [a.attempt, a.outcome, a.status_code])).toEqual([
      [1, 'failed', 500],
      [2, 'failed', 500],
      [3, 'delivered', 200],
    ]);
    const hooks = receiver.received.filter((h) => h.json.data.incidentId === incident.id);
    expect(hooks).toHaveLength(3);
    // Every attempt carries the same event id and body; back-off spaces them out.
    expect(new Set(hooks.map((h) => h.eventId)).size).toBe(1);
    expect(new Set(hooks.map((h) => h.body)).size).toBe(1);
    expect(hooks[2]!.at - hooks[0]!.at).toBeGreaterThanOrEqual(550);
    for (const h of hooks) expect(receiver.verify(h, endpoint.secret)).toEqual({ valid: true });
    await admin.call('patch', `${base()}/${endpoint.id}`, { body: { active: false }, headers: { 'If-Match': '"v1"' } });
  });

  it('when the receiver always fails, then the delivery ends dead after the last attempt; a redelivery starts a new series that succeeds', async () => {
    receiver.answer([503]);
    const endpoint = await register('/down');
    const incident = await createIncident('Receiver down');
    const dead = await waitForDelivery(endpoint.id, 'dead');
    expect(dead).toMatchObject({ attempts: 4, series: 1, lastStatusCode: 503 });
    expect(dead.lastError).toContain('503');
    const seen = receiver.received.filter((h) => h.json.data.incidentId === incident.id).length;
    expect(seen).toBe(4);
    await sleep(800);
    expect(receiver.received.filter((h) => h.json.data.incidentId === incident.id)).toHaveLength(4);

    receiver.answer([200]);
    const res = await admin.call('post', `${base()}/${endpoint.id}/deliveries/${dead.id}/redeliver`);
    expect(res.status, res.text).toBe(202);
    expect(res.body).toEqual({ deliveryId: dead.id, series: 2, status: 'pending' });
    const again = await waitForDelivery(endpoint.id, 'delivered');
    expect(again).toMatchObject({ series: 2, attempts: 1, totalAttempts: 5, lastStatusCode: 200 });
    expect((await attemptsOf(dead.id)).map((a) => `${a.series}.${a.attempt}:${a.outcome}`)).toEqual([
      '1.1:failed',
      '1.2:failed',
      '1.3:failed',
      '1.4:dead',
      '2.1:delivered',
    ]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await admin.call('post', `${base()}/${endpoint.id}/deliveries/${unknown}/redeliver`)).status).toBe(404);
    await admin.call('delete', `${base()}/${endpoint.id}`);
  });

  it('when the secret is rotated with an overlap, then both secrets verify; rotated without one, only the new', async () => {
    receiver.answer([200]);
    const endpoint = await register('/rotate');
    const overlap = await admin.call('post', `${base()}/${endpoint.id}/rotate-secret`, { body: { overlapHours: 24 } });
    expect(overlap.status, overlap.text).toBe(200);
    expect(Date.parse(overlap.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const first = await createIncident('During the overlap');
    const [during] = await receiver.waitFor((r) => r.some((h) => h.json.data.incidentId === first.id));
    const hookDuring = receiver.received.find((h) => h.json.data.incidentId === first.id)!;
    expect(during).toBeDefined();
    expect(hookDuring.signature.split(',v1=')).toHaveLength(3);
    expect(receiver.verify(hookDuring, overlap.body.secret)).toEqual({ valid: true });
    expect(receiver.verify(hookDuring, endpoint.secret)).toEqual({ valid: true });

    const now = await admin.call('post', `${base()}/${endpoint.id}/rotate-secret`, { body: { overlapHours: 0 } });
    expect(now.status, now.text).toBe(200);
    expect(now.body.previousSecretExpiresAt).toBeNull();
    const second = await createIncident('After the overlap');
    await receiver.waitFor((r) => r.some((h) => h.json.data.incidentId === second.id));
    const hookAfter = receiver.received.find((h) => h.json.data.incidentId === second.id)!;
    expect(hookAfter.signature.split(',v1=')).toHaveLength(2);
    expect(receiver.verify(hookAfter, now.body.secret)).toEqual({ valid: true });
    expect(receiver.verify(hookAfter, overlap.body.secret)).toEqual({ valid: false, reason: 'mismatch' });
    expect(receiver.verify(hookAfter, endpoint.secret)).toEqual({ valid: false, reason: 'mismatch' });
    await admin.call('delete', `${base()}/${endpoint.id}`);
  });

  it('when a delivery runs in production mode to a loopback receiver, then nothing is sent and the refusal is recorded; WEBHOOKS_ALLOW_PRIVATE lets it through', async () => {
    receiver.answer([200]);
    const endpoint = await register('/prod');
    await admin.call('patch', `${base()}/${endpoint.id}`, {
      body: { events: ['feedback.received'] },
      headers: { 'If-Match': '"v1"' },
    });
    // A delivery row of an old event, below the dispatcher's cursor: only this test attempts it.
    const deliveryId = newId();
    const body = JSON.stringify({
      id: deliveryId,
      type: 'feedback.received',
      createdAt: new Date().toISOString(),
      tenant: T.slug,
      data: {},
    });
    await t.deps.runInTenant(T, (repos) =>
      repos.webhooks.insertDeliveries([
        { id: deliveryId, endpointId: endpoint.id, auditSeq: 0, eventType: 'feedback.received', body },
      ]),
    );
    const production = (allowPrivate: boolean) => ({
      ...t.deps,
      production: true,
      webhookSecrets: createWebhookSecretBox(DEVELOPMENT_WEBHOOK_SECRET_KEY),
      sendWebhook: createWebhookSender({ production: true, allowPrivate }),
    });
    const seen = () => receiver.received.filter((h) => h.json.id === deliveryId).length;
    const input = { tenantId: T.id, deliveryId, series: 1, final: false };

    expect(await attemptWebhookDelivery(production(false), { ...input, attempt: 1 })).toEqual({ outcome: 'failed' });
    expect(seen()).toBe(0);
    const [refused] = await deliveriesOf(endpoint.id);
    expect(refused).toMatchObject({ id: deliveryId, status: 'failed', lastStatusCode: null });
    expect(refused!.lastError).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);

    expect(await attemptWebhookDelivery(production(true), { ...input, attempt: 2 })).toEqual({ outcome: 'delivered' });
    expect(seen()).toBe(1);
    await admin.call('delete', `${base()}/${endpoint.id}`);
  });

  it('when a host name resolves to loopback in production, then the guarded lookup refuses it before connecting', async () => {
    const before = receiver.received.length;
    const send = createWebhookSender({ production: true, allowPrivate: false });
    const url = receiver.url('/by-name').replace('127.0.0.1', 'localhost');
    const result = await send({ url, body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(result.statusCode).toBeNull();
    expect(result.error).toMatch(/refused: (127\.0\.0\.1|::1) is a loopback address/);
    const allowed = await createWebhookSender({ production: false, allowPrivate: false })({
      url: receiver.url('/by-name').replace('127.0.0.1', 'localhost'),
      body: JSON.stringify({ id: 'x', type: 't', createdAt: '', tenant: '', data: {} }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(allowed.statusCode).toBe(200);
    expect(receiver.received.length).toBe(before + 1);
  });
});

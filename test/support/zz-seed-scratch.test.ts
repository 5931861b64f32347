import { DEFAULT_DEMO_PASSWORD } from '@kizuna/infra/demo-users';
import { seedDemoData } from '@kizuna/infra/seed';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, logIn, type TestContext } from './test-context.js';
import { snapshotTenant } from './api-helpers.js';

let t: TestContext;
beforeAll(async () => { t = await createTestContext(); });
afterAll(() => t?.close());

it('seeds, changes a state, seeds again', async () => {
  const logs: string[] = [];
  const started = Date.now();
  await seedDemoData(t.deps, t.client, DEFAULT_DEMO_PASSWORD, (m) => logs.push(m));
  console.log('first run', Date.now() - started, 'ms\n' + logs.join('\n'));
  const acme = (await t.deps.control.tenants.findBySlug('acme'))!;
  const exec = await logIn(t.app, 'exec@acme.example', DEFAULT_DEMO_PASSWORD);
  const inbox = await exec.agent.get('/api/v1/tenants/acme/signoffs?pending=mine').expect(200);
  console.log('pending', inbox.body.items.map((i: { systemName: string }) => i.systemName));
  const policy = await exec.agent.get('/api/v1/tenants/acme/policy');
  console.log('policy', policy.status, JSON.stringify(policy.body.policy?.tierOverrides));
  // move one pending system on: approve it
  const ins = inbox.body.items.find((i: { systemName: string }) => i.systemName.startsWith('Insurance'));
  await exec.agent.post(`/api/v1/tenants/acme/ai-systems/${ins.systemId}/signoffs`).set('X-CSRF-Token', exec.csrf)
    .send({ assessmentId: ins.assessmentId, decision: 'approve', snapshotHash: ins.snapshotHash, attestation: 'ok', password: DEFAULT_DEMO_PASSWORD }).expect(200);
  const before = await snapshotTenant(t.ownerPool, acme);
  const logs2: string[] = [];
  await seedDemoData(t.deps, t.client, DEFAULT_DEMO_PASSWORD, (m) => logs2.push(m));
  console.log('second run\n' + logs2.join('\n'));
  const after = await snapshotTenant(t.ownerPool, acme);
  expect(after).toEqual(before);
}, 120_000);

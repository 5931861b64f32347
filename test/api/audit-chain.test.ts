import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminOf,
  countAudit,
  createKeyAs,
  expectProblem,
  hex,
  keyCaller,
  schemaOf,
  userCaller,
  type Caller,
} from '../support/api-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// The audit trail is a hash chain: verify recomputes it, the database owner's edits are caught, and the
// application role cannot edit or delete it at all.

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t?.close());

const verifyPath = (tenant: TestTenant) => `/api/v1/tenants/${tenant.slug}/audit-events/verify`;

// A tenant with a few real changes made through the API (systems created and changed, a key created and revoked).
const tenantWithHistory = async (label: string) => {
  const tenant = await t.provision(label);
  const officer = await userCaller(t.app, tenant.users.governance_officer.email, 'officer');
  const admin = await adminOf(t.app, tenant);
  const systems = `/api/v1/tenants/${tenant.slug}/ai-systems`;
  for (let i = 0; i < 3; i += 1) {
    const created = await officer.call('post', systems, { body: { name: `Audited ${i} ${hex(3)}`, purpose: 'p' } });
    expect(created.status).toBe(201);
    const changed = await officer.call('patch', `${systems}/${created.body.id}`, {
      body: { purpose: `changed ${i}` },
      headers: { 'If-Match': created.headers.etag! },
    });
    expect(changed.status).toBe(200);
  }
  const key = await createKeyAs(admin, tenant, ['audit-events:read']);
  expect((await admin.call('delete', `/api/v1/tenants/${tenant.slug}/api-keys/${key.id}`)).status).toBe(204);
  const auditor = await userCaller(t.app, tenant.users.auditor.email, 'auditor');
  return { tenant, auditor, officer, admin };
};

const expectIntact = async (caller: Caller, tenant: TestTenant) => {
  const n = await countAudit(t.ownerPool, tenant);
  const res = await caller.call('get', verifyPath(tenant));
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ ok: true, checked: n, firstBadSeq: null });
  return n;
};

describe('audit chain verification', () => {
  it('when several changes were made, then verify reports ok with every event checked, and the auditor can read them all', async () => {
    const { tenant, auditor } = await tenantWithHistory('audok');
    const n = await expectIntact(auditor, tenant);
    // 6 memberships from provisioning, 3 creates, 3 updates, a key created and revoked.
    expect(n).toBeGreaterThanOrEqual(14);
    const list = await auditor.call('get', `/api/v1/tenants/${tenant.slug}/audit-events?limit=200`);
    expect(list.status).toBe(200);
    const seqs = list.body.items.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const actions = list.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['ai_system.created', 'ai_system.updated', 'api_key.created', 'api_key.revoked']),
    );
    for (let i = 1; i < list.body.items.length; i += 1) {
      expect(list.body.items[i].prevHash).toBe(list.body.items[i - 1].hash);
    }
  });

  it('when the database owner edits the data of event k, then verify names firstBadSeq k', async () => {
    const { tenant, auditor } = await tenantWithHistory('audedit');
    const n = await expectIntact(auditor, tenant);
    const k = Math.floor(n / 2);
    const res = await t.ownerPool.query(
      `update ${schemaOf(tenant)}.audit_events set data = '{"tampered":true}' where seq = $1`,
      [k],
    );
    expect(res.rowCount).toBe(1);
    const verify = await auditor.call('get', verifyPath(tenant));
    expect(verify.status).toBe(200);
    expect(verify.body).toEqual({ ok: false, checked: k - 1, firstBadSeq: k });
  });

  it('when the database owner deletes a middle event, then verify names its seq', async () => {
    const { tenant, auditor } = await tenantWithHistory('auddel');
    const n = await expectIntact(auditor, tenant);
    const k = Math.floor(n / 2);
    const res = await t.ownerPool.query(`delete from ${schemaOf(tenant)}.audit_events where seq = $1`, [k]);
    expect(res.rowCount).toBe(1);
    const verify = await auditor.call('get', verifyPath(tenant));
    expect(verify.body).toMatchObject({ ok: false, firstBadSeq: k });
  });

  it('when the database owner back-dates the newest event, then verify names it', async () => {
    const { tenant, auditor } = await tenantWithHistory('audtime');
    const n = await expectIntact(auditor, tenant);
    await t.ownerPool.query(
      `update ${schemaOf(tenant)}.audit_events set occurred_at = occurred_at - interval '1 day' where seq = $1`,
      [n],
    );
    const verify = await auditor.call('get', verifyPath(tenant));
    expect(verify.body).toEqual({ ok: false, checked: n - 1, firstBadSeq: n });
  });

  it('when the application role tries to UPDATE, DELETE or TRUNCATE audit rows, then permission is denied (42501)', async () => {
    const tenant = await t.provision('audrole');
    const before = await countAudit(t.ownerPool, tenant);
    expect(before).toBeGreaterThan(0);
    const client = await t.appPool.connect();
    try {
      for (const statement of [
        `update audit_events set data = '{"tampered":true}' where seq = 1`,
        'delete from audit_events where seq = 1',
        'truncate audit_events',
      ]) {
        await client.query('begin');
        try {
          await client.query(`select set_config('search_path', $1, true)`, [schemaOf(tenant)]);
          // The role can read the trail in this transaction, so the refusal below is about the statement.
          const readable = await client.query('select count(*)::int as n from audit_events');
          expect(readable.rows[0].n).toBe(before);
          await expect(client.query(statement), statement).rejects.toMatchObject({ code: '42501' });
        } finally {
          await client.query('rollback');
        }
      }
    } finally {
      client.release();
    }
    const auditor = await userCaller(t.app, tenant.users.auditor.email, 'auditor');
    expect(await expectIntact(auditor, tenant)).toBe(before);
  });
});

describe('who may read the trail', () => {
  it('when a system owner asks for audit events or verification, then 403', async () => {
    const tenant = await t.provision('audso');
    const owner = await userCaller(t.app, tenant.users.system_owner.email, 'system owner');
    expectProblem(await owner.call('get', `/api/v1/tenants/${tenant.slug}/audit-events`), 403, 'FORBIDDEN');
    expectProblem(await owner.call('get', verifyPath(tenant)), 403, 'FORBIDDEN');
    const auditor = await userCaller(t.app, tenant.users.auditor.email, 'auditor');
    expect((await auditor.call('get', `/api/v1/tenants/${tenant.slug}/audit-events`)).status).toBe(200);
    const admin = await adminOf(t.app, tenant);
    const key = await createKeyAs(admin, tenant, ['audit-events:read']);
    const integrator = keyCaller(t.app, key.secret, 'integrator');
    expect((await integrator.call('get', verifyPath(tenant))).body.ok).toBe(true);
    const other = await createKeyAs(admin, tenant, ['ai-systems:write']);
    expectProblem(await keyCaller(t.app, other.secret, 'writer').call('get', verifyPath(tenant)), 403, 'FORBIDDEN');
  });
});

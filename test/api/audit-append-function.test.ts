import { computeAuditHash, digestChange } from '@kizuna/domain';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminOf,
  countAudit,
  createKeyAs,
  hex,
  keyCaller,
  schemaOf,
  userCaller,
  type Caller,
} from '../support/api-helpers.js';
import { waitFor } from '../support/governance-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Finding 11: the application role cannot write the audit trail except through append_audit_event, which stamps
// seq and time and computes the hash itself; verify also checks the stored chain head; and an API key's actions
// are recorded as the API key's, not as a user's.

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t?.close());

const verifyPath = (tenant: TestTenant) => `/api/v1/tenants/${tenant.slug}/audit-events/verify`;

// Runs statements as the application role inside the tenant's schema, in a transaction that is rolled back.
const asAppRole = async <T>(tenant: TestTenant, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
  const client = await t.appPool.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('search_path', $1, true)`, [schemaOf(tenant)]);
    return await fn(client);
  } finally {
    await client.query('rollback');
    client.release();
  }
};

const headOf = async (tenant: TestTenant) =>
  (await t.ownerPool.query<{ seq: string; hash: string }>(`select seq, hash from ${schemaOf(tenant)}.audit_head`))
    .rows[0]!;

describe('the audit trail is written by the database', () => {
  it('finding 11: when the application role inserts a well-formed forged event or moves the chain head itself, then permission is denied (42501)', async () => {
    const tenant = await t.provision('audforge');
    const head = await headOf(tenant);
    const seq = Number(head.seq) + 1;
    const occurredAt = new Date();
    const forged = {
      seq,
      occurredAt,
      actorType: 'user',
      actorId: tenant.users.executive.id,
      action: 'signoff.approved',
      targetType: 'AiSystem',
      targetId: 'forged',
      requestId: null,
      data: { decision: 'approve' },
    };
    const hash = computeAuditHash(head.hash, forged);
    await asAppRole(tenant, async (client) => {
      await expect(
        client.query(
          `insert into audit_events (seq, occurred_at, actor_type, actor_id, action, target_type, target_id, request_id,
             change_digest, data, prev_hash, hash) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
            seq,
            occurredAt,
            forged.actorType,
            forged.actorId,
            forged.action,
            forged.targetType,
            forged.targetId,
            null,
            digestChange(forged.data),
            forged.data,
            head.hash,
            hash,
          ],
        ),
      ).rejects.toMatchObject({ code: '42501' });
    });
    for (const statement of [
      `update audit_head set seq = seq + 1, hash = '${hash}'`,
      'delete from audit_head',
      `insert into audit_head (id, seq, hash) values (2, 0, '${hash}')`,
    ]) {
      await asAppRole(tenant, (client) =>
        expect(client.query(statement), statement).rejects.toMatchObject({ code: '42501' }),
      );
    }
    const auditor = await userCaller(t.app, tenant.users.auditor.email, 'auditor');
    const verify = await auditor.call('get', verifyPath(tenant));
    expect(verify.body).toEqual({ ok: true, checked: await countAudit(t.ownerPool, tenant), firstBadSeq: null });
  });

  it('finding 11: when the application role appends through append_audit_event, then the database stamps seq, time and hash, and refuses an unknown actor type', async () => {
    const tenant = await t.provision('audfn');
    const head = await headOf(tenant);
    const before = Date.now();
    const appended = await asAppRole(tenant, async (client) => {
      const res = await client.query<{ appended_seq: string; appended_hash: string }>(
        `select * from append_audit_event('system', 'probe', 'probe.appended', 'Probe', 'p-1', null, $1::jsonb, null)`,
        [JSON.stringify({ note: 'through the function', n: 3 })],
      );
      const [row] = (
        await client.query(
          'select seq, occurred_at, actor_type, actor_id, action, target_type, target_id, request_id, data, prev_hash, hash from audit_events where seq = $1',
          [res.rows[0]!.appended_seq],
        )
      ).rows;
      await expect(
        client.query(`select * from append_audit_event('admin', 'x', 'a', 'T', 't', null, '{}'::jsonb, null)`),
      ).rejects.toMatchObject({ code: '22023' });
      return { res: res.rows[0]!, row };
    });
    expect(Number(appended.res.appended_seq)).toBe(Number(head.seq) + 1);
    expect(appended.row.prev_hash).toBe(head.hash);
    expect(appended.row.occurred_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(appended.res.appended_hash).toBe(
      computeAuditHash(head.hash, {
        seq: Number(appended.row.seq),
        occurredAt: appended.row.occurred_at,
        actorType: 'system',
        actorId: 'probe',
        action: 'probe.appended',
        targetType: 'Probe',
        targetId: 'p-1',
        requestId: null,
        data: { note: 'through the function', n: 3 },
      }),
    );
    expect(appended.row.hash).toBe(appended.res.appended_hash);
  });

  it('finding 11: when the database owner removes the newest events, then verify fails at the stored chain head', async () => {
    const tenant = await t.provision('audtail');
    const auditor = await userCaller(t.app, tenant.users.auditor.email, 'auditor');
    const n = await countAudit(t.ownerPool, tenant);
    expect((await auditor.call('get', verifyPath(tenant))).body).toEqual({ ok: true, checked: n, firstBadSeq: null });
    // The tail cut off: every remaining link is intact, only the head knows.
    await t.ownerPool.query(`delete from ${schemaOf(tenant)}.audit_events where seq >= $1`, [n - 1]);
    expect((await auditor.call('get', verifyPath(tenant))).body).toEqual({
      ok: false,
      checked: n - 2,
      firstBadSeq: n - 1,
    });
  });

  it('finding 11: when the database owner winds the chain head back, then verify names the first event no head accounts for', async () => {
    const tenant = await t.provision('audhead');
    const auditor = await userCaller(t.app, tenant.users.auditor.email, 'auditor');
    const n = await countAudit(t.ownerPool, tenant);
    const s = schemaOf(tenant);
    await t.ownerPool.query(
      `update ${s}.audit_head set seq = e.seq, hash = e.hash from ${s}.audit_events e where e.seq = $1`,
      [n - 2],
    );
    expect((await auditor.call('get', verifyPath(tenant))).body).toEqual({
      ok: false,
      checked: n - 2,
      firstBadSeq: n - 1,
    });
  });
});

describe('who is recorded', () => {
  it('finding 11: when an API key changes something, then its audit events record actor type api_key and the key id, never user', async () => {
    const tenant = await t.provision('audactor');
    const admin: Caller = await adminOf(t.app, tenant);
    const key = await createKeyAs(admin, tenant, ['ai-systems:write'], { name: 'registry sync' });
    const integrator = keyCaller(t.app, key.secret, 'integrator');
    const systems = `/api/v1/tenants/${tenant.slug}/ai-systems`;
    const created = await integrator.call('post', systems, { body: { name: `Synced ${hex(3)}`, purpose: 'p' } });
    expect(created.status, created.text).toBe(201);
    const system = `${systems}/${created.body.id}`;
    const roles = await integrator.call('post', `${system}/role-determination`, {
      body: { trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true },
    });
    expect(roles.status, roles.text).toBe(200);
    // Starting the assessment is a lifecycle transition, recorded by the workflow's activity.
    const started = await integrator.call('post', `${system}/assessments`);
    expect(started.status, started.text).toBe(202);
    const eventsOf = () =>
      t.ownerPool.query<{ action: string; actor_type: string; actor_id: string }>(
        `select action, actor_type, actor_id from ${schemaOf(tenant)}.audit_events where target_id = $1 order by seq`,
        [created.body.id],
      );
    await waitFor(async () => (await eventsOf()).rows.some((e) => e.action === 'lifecycle.assessment.started'));
    const events = await eventsOf();
    const actions = events.rows.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['ai_system.created', 'lifecycle.assessment.started']));
    for (const e of events.rows) expect(e, e.action).toMatchObject({ actor_type: 'api_key', actor_id: key.id });
    const anyKeyAsUser = await t.ownerPool.query(
      `select 1 from ${schemaOf(tenant)}.audit_events where actor_id like 'key:%' or (actor_type = 'user' and actor_id = $1)`,
      [key.id],
    );
    expect(anyKeyAsUser.rowCount).toBe(0);
    // People are still recorded as users, and provisioning as the system.
    const kinds = await t.ownerPool.query<{ actor_type: string }>(
      `select distinct actor_type from ${schemaOf(tenant)}.audit_events order by 1`,
    );
    expect(kinds.rows.map((r) => r.actor_type)).toEqual(expect.arrayContaining(['api_key', 'system', 'user']));
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createDeps, createPool } from '@kizuna/db';
import { listPendingSignOffs, resolveUserContext, verifyAuditChain, type Deps } from '@kizuna/domain';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyAs, hex, keyMakerOf, schemaOf, userCaller } from '../support/api-helpers.js';
import { createLifecycleFixtures, LOW_PROFILE, MEDIUM_PROFILE } from '../support/lifecycle-fixtures.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Issue 11, finding 13: work a caller can make the server do is bounded: no large body parsed for strangers, no
// verify holding one transaction over a whole chain, no inbox that stops at 1,000 systems or queries per system.

let t: TestContext;
let T: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('bounded');
});
afterAll(() => t?.close());

// Sends the headers of a large body and only a sliver of it, and waits for whatever answer comes first.
const answerBeforeBody = async (app: Express, path: string, headers: Record<string, string> = {}) => {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<{ status: number; body: string } | 'no answer'>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(7 * 1024 * 1024), ...headers },
      });
      const timer = setTimeout(() => resolve('no answer'), 3000);
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body });
        });
      });
      req.on('error', (err) => (err.message.includes('socket hang up') ? undefined : reject(err)));
      req.write(
        `{"kind":"other","title":"big","file":{"name":"a.bin","contentType":"application/octet-stream","dataBase64":"${'A'.repeat(4096)}`,
      );
    }).finally(() => undefined);
  } finally {
    server.closeAllConnections();
    server.close();
  }
};

describe('finding 13: large bodies only for authenticated members', () => {
  const evidencePath = (slug: string) => `/api/v1/tenants/${slug}/ai-systems/${randomUUID()}/evidence`;

  it('finding 13: when an anonymous caller starts sending an 8 MB evidence body, then it gets 401 before the body is read', async () => {
    const answer = await answerBeforeBody(t.app, evidencePath(T.slug));
    expect(answer).not.toBe('no answer');
    expect(answer).toMatchObject({ status: 401 });
    expect(JSON.parse((answer as { body: string }).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('when a bad API key or a member of another tenant starts a large evidence body, then the refusal also comes before the body', async () => {
    const badKey = await answerBeforeBody(t.app, evidencePath(T.slug), {
      Authorization: `Bearer kz_${'a'.repeat(16)}_${'B'.repeat(43)}`,
    });
    expect(badKey).toMatchObject({ status: 401 });
    const other = await t.provision('bounded-other');
    // A key never exceeds its creator (finding 4): an admin who is also an officer may hand out assessments:write.
    const key = await createKeyAs(await keyMakerOf(t, other), other, ['assessments:write']);
    const foreign = await answerBeforeBody(t.app, evidencePath(T.slug), { Authorization: `Bearer ${key.secret}` });
    expect(foreign).toMatchObject({ status: 404 });
  });

  it('when a member uploads a file larger than the ordinary body limit, then it is still accepted', async () => {
    const system = await t.createSystemAs(T, 'governance_officer', `large evidence ${hex(3)}`);
    const officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
    const res = await officer.call('post', `/api/v1/tenants/${T.slug}/ai-systems/${system.id}/evidence`, {
      body: {
        kind: 'other',
        title: 'A scanned report',
        file: {
          name: 'report.pdf',
          contentType: 'application/pdf',
          dataBase64: Buffer.alloc(600 * 1024, 7).toString('base64'),
        },
      },
    });
    expect(res.status, res.text).toBe(201);
  });
});

describe('finding 13: audit verification in pages', () => {
  it('finding 13: when the audit chain is verified, then each page is read in its own transaction and the result is the same as one scan', async () => {
    const officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
    for (let i = 0; i < 6; i += 1) {
      const created = await officer.call('post', `/api/v1/tenants/${T.slug}/ai-systems`, {
        body: { name: `audited ${i} ${hex(3)}`, purpose: 'p' },
      });
      expect(created.status).toBe(201);
    }
    const ctx = await resolveUserContext(t.deps, { userId: T.users.auditor.id, tenantSlug: T.slug, requestId: null });
    let transactions = 0;
    const counting: Deps = {
      ...t.deps,
      runInTenant: (tenant, fn) => {
        transactions += 1;
        return t.deps.runInTenant(tenant, fn);
      },
    };
    const whole = await verifyAuditChain(t.deps, ctx);
    expect(whole.ok).toBe(true);
    const paged = await verifyAuditChain(counting, ctx, { pageSize: 4 });
    expect(paged).toEqual(whole);
    // One transaction per page of events, plus the chain head read before and after the scan (finding 11).
    expect(transactions).toBe(Math.floor(whole.checked / 4) + 1 + 2);
    // The API answers the same.
    const auditor = await userCaller(t.app, T.users.auditor.email, 'auditor');
    const viaApi = await auditor.call('get', `/api/v1/tenants/${T.slug}/audit-events/verify`);
    expect(viaApi.body).toMatchObject({ ok: true, firstBadSeq: null });
    expect(viaApi.body.checked).toBeGreaterThanOrEqual(whole.checked);

    // A break on a later page is reported exactly as a single scan reports it.
    const k = whole.checked - 2;
    await t.ownerPool.query(`update ${schemaOf(T)}.audit_events set data = '{"tampered":true}' where seq = $1`, [k]);
    const broken = await verifyAuditChain(t.deps, ctx);
    expect(broken).toEqual({ ok: false, checked: k - 1, firstBadSeq: k });
    expect(await verifyAuditChain(t.deps, ctx, { pageSize: 3 })).toEqual(broken);
  });
});

describe('finding 13: the sign-off inbox', () => {
  let W: TestTenant;
  let pendingIds: string[];

  beforeAll(async () => {
    W = await t.provision('inbox');
    const fx = createLifecycleFixtures(t, W);
    pendingIds = [];
    for (let i = 0; i < 3; i += 1) {
      const system = await t.createSystemAs(W, 'governance_officer', `inbox ${i} ${hex(3)}`, {
        profile: MEDIUM_PROFILE,
      });
      await fx.advance(system, 'signoff');
      pendingIds.push(system.id);
    }
    // Not for the executive: low tier (the officer's; the system owner answers it, so the officer may sign), and one
    // the executive submitted (segregation of duties).
    const low = await t.createSystemAs(W, 'governance_officer', `inbox low ${hex(3)}`, {
      profile: LOW_PROFILE,
      ownerId: W.users.system_owner.id,
    });
    await fx.advance(low, 'signoff', { submitter: 'tenant_admin', preparer: 'system_owner' });
    const own = await t.createSystemAs(W, 'governance_officer', `inbox own ${hex(3)}`, { profile: MEDIUM_PROFILE });
    await fx.advance(own, 'signoff', { submitter: 'executive' });
    pendingIds.push(low.id, own.id);
  });

  it('finding 13: when more than 1,000 systems sort ahead of one awaiting sign-off, then the inbox still shows it', async () => {
    // 1,001 draft systems whose ids sort before every real one in the inbox's order (newest id first).
    await t.ownerPool.query(
      `insert into ${schemaOf(W)}.ai_systems (id, name, purpose, profile, created_by)
       select ('ffffffff-ffff-4fff-8fff-' || lpad(to_hex(n), 12, '0'))::uuid, 'filler ' || n, 'p', '{}'::jsonb, 'test'
         from generate_series(1, 1001) as n`,
    );
    const fillers = () =>
      t.ownerPool.query(`delete from ${schemaOf(W)}.ai_systems where name like 'filler %' and created_by = 'test'`);
    const exec = await userCaller(t.app, W.users.executive.email, 'executive');
    const inbox = await exec.call('get', `/api/v1/tenants/${W.slug}/signoffs?pending=mine`);
    await fillers();
    expect(inbox.status).toBe(200);
    const ids = inbox.body.items.map((i: { systemId: string }) => i.systemId).sort();
    expect(ids).toEqual(pendingIds.slice(0, 3).sort());
    for (const item of inbox.body.items) expect(item).toMatchObject({ quorum: 1, approvals: 0 });
    const officer = await userCaller(t.app, W.users.governance_officer.email, 'officer');
    const officerInbox = await officer.call('get', `/api/v1/tenants/${W.slug}/signoffs?pending=mine`);
    expect(officerInbox.body.items.map((i: { systemId: string }) => i.systemId)).toEqual([pendingIds[3]]);
  });

  it('finding 13: when the inbox is listed, then it costs one query per page, not one per system', async () => {
    // A pool that counts every statement its clients send.
    const pool = createPool(t.stack.appUrl, { max: 2 });
    let statements = 0;
    pool.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        statements += 1;
        return query(...args);
      };
    });
    try {
      const deps = createDeps(pool);
      const ctx = await resolveUserContext(deps, { userId: W.users.executive.id, tenantSlug: W.slug, requestId: null });
      const count = async (pageSize?: number) => {
        statements = 0;
        const { items } = await listPendingSignOffs(deps, ctx, { pageSize });
        expect(items).toHaveLength(3);
        return statements;
      };
      const onePage = await count();
      const threePages = await count(1);
      // Three pending systems cost two more statements in three pages than in one: one per extra page.
      expect(threePages - onePage).toBe(2);
      // One page: the transaction's own statements, the tenant policy and the page itself.
      expect(onePage).toBeLessThanOrEqual(6);
    } finally {
      await pool.end();
    }
  });
});

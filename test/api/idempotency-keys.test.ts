import { createHash } from 'node:crypto';
import { createIdempotencyStore } from '@kizuna/db';
import { toCanonicalJson } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, hex, userCaller } from '../support/api-helpers.js';
import { createLifecycleFixtures, MEDIUM_PROFILE } from '../support/lifecycle-fixtures.js';
import { createTestContext, TEST_PASSWORD, type TestContext, type TestTenant } from '../support/test-context.js';

// Issue 11, finding 12: what an Idempotency-Key remembers (never the step-up password) and for how long a
// request that died keeps its key (a lease, not forever).

let t: TestContext;
let T: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('idem');
});
afterAll(() => t?.close());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const rowOf = async (key: string) =>
  (
    await t.ownerPool.query<{ request_hash: string; state: string }>(
      'select request_hash, state from control.idempotency_keys where key = $1',
      [key],
    )
  ).rows;

describe('finding 12: idempotency keys', () => {
  it('finding 12: when a sign-off is sent with an Idempotency-Key, then the stored fingerprint leaves the password out and a retry with another password is the same request', async () => {
    const fx = createLifecycleFixtures(t, T);
    const system = await t.createSystemAs(T, 'governance_officer', `idempotent sign-off ${hex(3)}`, {
      profile: MEDIUM_PROFILE,
    });
    const prepared = await fx.advance(system, 'signoff');
    const exec = await userCaller(t.app, T.users.executive.email, 'executive');
    const key = `signoff-${hex()}`;
    const decision = {
      assessmentId: prepared.assessmentId!,
      decision: 'approve',
      snapshotHash: prepared.snapshotHash!,
      attestation: 'I have read the assessment and accept the residual risk.',
    };
    const path = `/api/v1/tenants/${T.slug}/ai-systems/${system.id}/signoffs`;
    const first = await exec.call('post', path, {
      body: { ...decision, password: TEST_PASSWORD },
      headers: { 'Idempotency-Key': key },
    });
    expect(first.status, first.text).toBeLessThan(300);

    const [row] = await rowOf(key);
    expect(row?.state).toBe('done');
    const params = { tenant: T.slug, id: system.id };
    const parsed = { ...decision, conditions: [] };
    // Not the old fingerprint (an unsalted SHA-256 over a body holding the password)…
    expect(row!.request_hash).not.toBe(
      sha256(toCanonicalJson({ params, body: { ...parsed, password: TEST_PASSWORD } })),
    );
    // …but the same request with the password taken out.
    expect(row!.request_hash).toBe(sha256(toCanonicalJson({ params, body: parsed })));

    const again = await exec.call('post', path, {
      body: { ...decision, password: 'a different password' },
      headers: { 'Idempotency-Key': key },
    });
    expect(again.status).toBe(first.status);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
  });

  it('finding 12: when the request holding an Idempotency-Key dies before finishing, then a retry after the lease runs instead of answering 409 forever', async () => {
    const officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
    const key = `crash-${hex()}`;
    const body = { name: `leased ${hex(3)}`, purpose: 'p' };
    const path = `/api/v1/tenants/${T.slug}/ai-systems`;
    const first = await officer.call('post', path, { body, headers: { 'Idempotency-Key': key } });
    expect(first.status).toBe(201);
    // Turn the finished key back into the claim of a request that crashed mid-way (same scope, key and body).
    const crash = (leaseSql: string) =>
      t.ownerPool.query(
        `update control.idempotency_keys
            set state = 'in_progress', response_status = null, response_body = null, response_headers = null,
                lease_expires_at = ${leaseSql}
          where key = $1`,
        [key],
      );
    await crash(`now() + interval '1 hour'`);
    expectProblem(
      await officer.call('post', path, { body, headers: { 'Idempotency-Key': key } }),
      409,
      'IDEMPOTENCY_IN_PROGRESS',
    );
    await crash(`now() - interval '1 second'`);
    const retried = await officer.call('post', path, { body, headers: { 'Idempotency-Key': key } });
    expect(retried.status, retried.text).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect((await rowOf(key))[0]?.state).toBe('done');
    // A different body under the expired key is still a different request.
    await crash(`now() - interval '1 second'`);
    expectProblem(
      await officer.call('post', path, {
        body: { ...body, name: 'something else' },
        headers: { 'Idempotency-Key': key },
      }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('when a request outlives its lease and a retry took the key over, then the late request cannot overwrite or release it', async () => {
    const store = createIdempotencyStore(t.deps.db);
    const scope = `test:${hex()}`;
    const first = await store.begin(scope, 'k', 'h', 60);
    expect(first.kind).toBe('new');
    await t.ownerPool.query(
      `update control.idempotency_keys set lease_expires_at = now() - interval '1 second' where scope = $1`,
      [scope],
    );
    const second = await store.begin(scope, 'k', 'h', 60);
    expect(second.kind).toBe('new');
    const late = first.kind === 'new' ? first.lease : '';
    const current = second.kind === 'new' ? second.lease : '';
    expect(late).not.toBe(current);
    await store.release(scope, 'k', late);
    await store.complete(scope, 'k', late, { status: 500, headers: {}, body: 'late' });
    expect((await store.begin(scope, 'k', 'h', 60)).kind).toBe('in_progress');
    await store.complete(scope, 'k', current, { status: 201, headers: {}, body: 'retry' });
    expect(await store.begin(scope, 'k', 'h', 60)).toEqual({
      kind: 'replay',
      response: { status: 201, headers: {}, body: 'retry' },
    });
  });
});

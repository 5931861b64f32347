import { createHash, randomBytes } from 'node:crypto';
import { grantMembership } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminOf,
  createKeyAs,
  expectProblem,
  hex,
  keyCaller,
  randomApiKeyId,
  snapshotTenant,
  type Caller,
} from '../support/api-helpers.js';
import { createLifecycleFixtures } from '../support/lifecycle-fixtures.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Finding 4: an API key acts for the person who made it. It never does more than its scopes grant AND than that
// person may do now; it cannot be given more than they may do; demoting them narrows it on the next request, and
// removing them from the tenant stops it.

let t: TestContext;
let T: TestTenant;
let admin: Caller;
let systemId: string;
let assessmentId: string;
let requirementId: string;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('keyrights');
  admin = await adminOf(t.app, T);
  const system = await t.createSystemAs(T, 'governance_officer', `Key rights ${hex(3)}`);
  const prepared = await createLifecycleFixtures(t, T).advance(system, 'assessment');
  systemId = system.id;
  assessmentId = prepared.assessmentId!;
  requirementId = prepared.requirementIds![0]!;
});
afterAll(() => t?.close());

const assessmentPath = () => `/api/v1/tenants/${T.slug}/ai-systems/${systemId}/assessments/${assessmentId}`;
const answerAs = (caller: Caller) =>
  caller.call('patch', assessmentPath(), {
    body: { answers: { [requirementId]: { answer: 'not_applicable', reason: `Answered by ${caller.label}` } } },
  });

// A key as one made before creation was bounded: stored directly, bypassing createApiKey's check.
const plantKey = async (createdBy: string, scopes: string[]) => {
  const id = randomApiKeyId();
  const secret = randomBytes(32).toString('base64url');
  await t.deps.control.apiKeys.insert({
    id,
    tenantId: T.id,
    name: `planted ${hex(3)}`,
    scopes,
    createdBy,
    createdAt: new Date().toISOString(),
    expiresAt: null,
    revokedAt: null,
    lastUsedAt: null,
    secretHash: createHash('sha256').update(secret).digest('hex'),
  });
  return `kz_${id}_${secret}`;
};

describe('API keys are bounded by their creator', () => {
  it('finding 4: when an admin without assessment write rights creates an assessments:write key, then the key cannot edit answers', async () => {
    const before = await snapshotTenant(t.ownerPool, T);
    const refused = await admin.call('post', `/api/v1/tenants/${T.slug}/api-keys`, {
      body: { name: 'too strong', scopes: ['ai-systems:read', 'assessments:write'] },
    });
    expectProblem(refused, 403, 'FORBIDDEN');
    expect(refused.body.detail).toContain('assessments:write');
    expect(refused.body.detail).not.toContain('ai-systems:read');
    expect(refused.body.errors).toEqual([
      { path: 'scopes', message: expect.stringMatching(/^assessments:write needs update Assessment/) },
    ]);
    // Nothing written: no key, no audit event.
    expect(await snapshotTenant(t.ownerPool, T)).toEqual(before);

    // A key made before the bound existed still acts only within its creator's rights: it reads, it cannot edit.
    const legacy = keyCaller(t.app, await plantKey(T.users.tenant_admin.id, ['assessments:write']), 'legacy key');
    expect((await legacy.call('get', assessmentPath())).status).toBe(200);
    expectProblem(await answerAs(legacy), 403, 'FORBIDDEN');
    const stored = await t.deps.runInTenant(T, (repos) => repos.assessments.getAnswers(assessmentId));
    expect(stored.find((a) => a.requirementId === requirementId)).toBeUndefined();
  });

  it('finding 4: when the creator of an assessments:write key is demoted, then the key is refused on the next request; when they leave the tenant, then every request is refused', async () => {
    // The admin also holds the officer's rights, so the key may be made and edits answers.
    await grantMembership(t.deps, {
      tenantId: T.id,
      userId: T.users.tenant_admin.id,
      roles: ['tenant_admin', 'governance_officer'],
    });
    const maker = await adminOf(t.app, T);
    const created = await createKeyAs(maker, T, ['assessments:write'], { name: 'officer-backed key' });
    const key = keyCaller(t.app, created.secret, 'officer-backed key');
    expect((await answerAs(key)).status).toBe(200);

    // Demoted back to admin alone: the same key may still read, but no longer edit answers.
    await grantMembership(t.deps, { tenantId: T.id, userId: T.users.tenant_admin.id, roles: ['tenant_admin'] });
    expectProblem(await answerAs(key), 403, 'FORBIDDEN');
    expect((await key.call('get', assessmentPath())).status).toBe(200);

    // Removed from the tenant: the key stops altogether.
    await t.ownerPool.query('delete from control.memberships where tenant_id = $1 and user_id = $2', [
      T.id,
      T.users.tenant_admin.id,
    ]);
    try {
      expectProblem(await key.call('get', assessmentPath()), 401, 'UNAUTHENTICATED');
      expectProblem(await key.call('get', `/api/v1/tenants/${T.slug}/ai-systems`), 401, 'UNAUTHENTICATED');
    } finally {
      await grantMembership(t.deps, { tenantId: T.id, userId: T.users.tenant_admin.id, roles: ['tenant_admin'] });
    }
  });

  it('finding 4: when the creator of a key is demoted to system owner, then the key sees only what that owner sees', async () => {
    const mine = await t.createSystemAs(T, 'governance_officer', `Owned by the maker ${hex(3)}`, {
      ownerId: T.users.tenant_admin.id,
    });
    const created = await createKeyAs(admin, T, ['ai-systems:read'], { name: 'reader' });
    const key = keyCaller(t.app, created.secret, 'reader');
    const listIds = async () =>
      ((await key.call('get', `/api/v1/tenants/${T.slug}/ai-systems?limit=200`)).body.items as { id: string }[]).map(
        (s) => s.id,
      );
    expect(await listIds()).toEqual(expect.arrayContaining([mine.id, systemId]));
    await grantMembership(t.deps, { tenantId: T.id, userId: T.users.tenant_admin.id, roles: ['system_owner'] });
    try {
      expect(await listIds()).toEqual([mine.id]);
      expectProblem(await key.call('get', `/api/v1/tenants/${T.slug}/ai-systems/${systemId}`), 404, 'NOT_FOUND');
    } finally {
      await grantMembership(t.deps, { tenantId: T.id, userId: T.users.tenant_admin.id, roles: ['tenant_admin'] });
    }
  });
});

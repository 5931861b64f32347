import { addEvidence, resolveUserContext } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, hex, snapshotTenant, userCaller, type Caller } from '../support/api-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Finding 17: an evidence link is opened by whoever reads the dossier, so only web addresses are taken: https,
// and plain http outside production only. Script, data and file URLs are refused, with nothing written.

let t: TestContext;
let T: TestTenant;
let officer: Caller;
let systemId: string;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('evurl');
  officer = await userCaller(t.app, T.users.governance_officer.email, 'officer');
  systemId = (await t.createSystemAs(T, 'governance_officer', `Evidence links ${hex(3)}`)).id;
});
afterAll(() => t?.close());

const addLink = (url: string) =>
  officer.call('post', `/api/v1/tenants/${T.slug}/ai-systems/${systemId}/evidence`, {
    body: { kind: 'model_card', title: 'Model card', url },
  });

describe('evidence URLs', () => {
  it('finding 17: when an evidence URL is javascript:, data: or file:, then 400 names the url field and nothing is written; https (and http outside production) is kept', async () => {
    const before = await snapshotTenant(t.ownerPool, T);
    for (const url of [
      'javascript:alert(document.cookie)',
      'JavaScript://%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://files.example.test/card.pdf',
      'https://user:secret@docs.example.test/card',
    ]) {
      const res = await addLink(url);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(
        res.body.errors.map((e: { path: string }) => e.path),
        url,
      ).toContain('body.url');
    }
    expect(await snapshotTenant(t.ownerPool, T)).toEqual(before);

    // Web addresses are kept: https, and plain http outside production.
    const secure = await addLink('https://docs.example.test/model-card');
    expect(secure.status, secure.text).toBe(201);
    expect(secure.body.url).toBe('https://docs.example.test/model-card');
    const plain = await addLink('http://localhost:8080/model-card');
    expect(plain.status, plain.text).toBe(201);
  });

  it('finding 17: when the domain runs in production, then a plain http: URL is refused and a script URL is refused whatever the caller', async () => {
    const ctx = await resolveUserContext(t.deps, {
      userId: T.users.governance_officer.id,
      tenantSlug: T.slug,
      requestId: null,
    });
    const production = { ...t.deps, production: true };
    const before = await snapshotTenant(t.ownerPool, T);
    for (const url of ['http://docs.example.test/card', 'javascript:alert(1)']) {
      await expect(
        addEvidence(production, ctx, systemId, { kind: 'model_card', title: 'Card', url }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'url', message: 'must be an https: URL' }],
      });
    }
    // Outside production the domain still refuses what is not a web address, even past the contract.
    await expect(
      addEvidence(t.deps, ctx, systemId, { kind: 'model_card', title: 'Card', url: 'data:text/plain,hi' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await snapshotTenant(t.ownerPool, T)).toEqual(before);
    const kept = await addEvidence(production, ctx, systemId, {
      kind: 'model_card',
      title: 'Card',
      url: 'https://docs.example.test/card',
    });
    expect(kept.url).toBe('https://docs.example.test/card');
  });
});

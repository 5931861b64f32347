import { grantMembership } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, logIn, TEST_PASSWORD, type TestContext, type TestTenant } from '../support/test-context.js';
import { answerEverything, createSystemThroughApi, waitFor } from '../support/governance-helpers.js';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('loop');
});
afterAll(() => t?.close());

const sys = (id: string) => `/api/v1/tenants/${tenant.slug}/ai-systems/${id}`;

describe('governance loop through the API', () => {
  it('when an owner assesses a medium-tier system and an executive approves with a password, then it is active', async () => {
    const owner = await logIn(t.app, tenant.users.system_owner.email);
    const system = await createSystemThroughApi(owner, tenant.slug, {
      name: 'Support chatbot',
      purpose: 'Answers customer questions',
      profile: { usesPersonalData: true, generativeAi: true, publicFacing: true },
    });
    // Roles first: starting without them is refused.
    await owner.agent
      .post(`${sys(system.id)}/assessments`)
      .set('X-CSRF-Token', owner.csrf)
      .expect(409);
    const roles = await owner.agent
      .post(`${sys(system.id)}/role-determination`)
      .set('X-CSRF-Token', owner.csrf)
      .send({ trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true })
      .expect(200);
    expect(roles.body.roles).toEqual(['business_user']);

    const started = await owner.agent
      .post(`${sys(system.id)}/assessments`)
      .set('X-CSRF-Token', owner.csrf)
      .expect(202);
    expect(started.body.state).toBe('assessment');
    const assessmentId = started.body.assessmentId as string;
    const assessment = await owner.agent.get(`${sys(system.id)}/assessments/${assessmentId}`).expect(200);
    expect(assessment.body.requirements.length).toBeGreaterThan(5);
    expect(assessment.body.requirements.every((r: { title: { ja: string } }) => r.title.ja.length > 0)).toBe(true);

    // Submitting with nothing answered lists every requirement that needs an answer.
    const refused = await owner.agent
      .post(`${sys(system.id)}/assessments/${assessmentId}/submit`)
      .set('X-CSRF-Token', owner.csrf)
      .expect(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.errors.length).toBeGreaterThanOrEqual(assessment.body.requirements.length);

    await answerEverything(
      owner,
      tenant.slug,
      system.id,
      assessmentId,
      assessment.body.requirements,
      tenant.users.system_owner.id,
    );
    const submitted = await owner.agent
      .post(`${sys(system.id)}/assessments/${assessmentId}/submit`)
      .set('X-CSRF-Token', owner.csrf)
      .expect(202);
    expect(submitted.body).toMatchObject({ state: 'signoff', quorum: 1, approverRole: 'executive' });

    const exec = await logIn(t.app, tenant.users.executive.email);
    const inbox = await exec.agent.get(`/api/v1/tenants/${tenant.slug}/signoffs?pending=mine`).expect(200);
    const pending = inbox.body.items.find((i: { systemId: string }) => i.systemId === system.id);
    expect(pending).toMatchObject({ assessmentId, snapshotHash: submitted.body.snapshotHash });
    expect(pending.risk.factors.length).toBeGreaterThan(0);

    const wrongPassword = await exec.agent
      .post(`${sys(system.id)}/signoffs`)
      .set('X-CSRF-Token', exec.csrf)
      .send({
        assessmentId,
        decision: 'approve',
        snapshotHash: pending.snapshotHash,
        attestation: 'I approve.',
        password: 'nope',
      })
      .expect(401);
    expect(wrongPassword.body.code).toBe('FRESH_AUTH_REQUIRED');

    const decided = await exec.agent
      .post(`${sys(system.id)}/signoffs`)
      .set('X-CSRF-Token', exec.csrf)
      .send({
        assessmentId,
        decision: 'approve',
        snapshotHash: pending.snapshotHash,
        attestation: 'I approve.',
        password: TEST_PASSWORD,
      })
      .expect(200);
    expect(decided.body.state).toBe('active');

    const detail = await owner.agent.get(sys(system.id)).expect(200);
    expect(detail.body.lifecycleState).toBe('active');
    expect(detail.body.riskTier).toBe('medium');
    const lifecycle = await owner.agent.get(`${sys(system.id)}/lifecycle`).expect(200);
    expect(lifecycle.body.transitions.map((x: { toState: string }) => x.toState)).toEqual([
      'assessment',
      'signoff',
      'active',
    ]);
    await waitFor(
      async () =>
        (await owner.agent.get(`${sys(system.id)}/lifecycle`)).body.live?.nextTimer?.kind === 'periodic_review',
    );

    const dossier = await exec.agent.get(`${sys(system.id)}/dossier`).expect(200);
    expect(dossier.body.signedSnapshotHashes).toEqual([pending.snapshotHash]);
    expect(dossier.body.signOffs).toHaveLength(1);
    expect(dossier.body.signOffs[0].attestation).toBe('I approve.');
  });

  it('when the submitter also holds the executive role, then deciding is refused for segregation of duties', async () => {
    await grantMembership(t.deps, {
      tenantId: tenant.id,
      userId: tenant.users.system_owner.id,
      roles: ['system_owner', 'executive'],
    });
    try {
      const owner = await logIn(t.app, tenant.users.system_owner.email);
      const system = await createSystemThroughApi(owner, tenant.slug, {
        name: 'Self-approved?',
        purpose: 'Testing SoD',
        profile: {},
      });
      const { assessmentId, snapshotHash } = await submitWithRoles(owner, system.id);
      const res = await owner.agent
        .post(`${sys(system.id)}/signoffs`)
        .set('X-CSRF-Token', owner.csrf)
        .send({ assessmentId, decision: 'approve', snapshotHash, attestation: 'Mine.', password: TEST_PASSWORD })
        .expect(403);
      expect(res.body.code).toBe('SEGREGATION_OF_DUTIES');
      const rows = await t.ownerPool.query(
        `select count(*)::int as n from "${tenant.schemaName}".sign_offs where system_id = $1`,
        [system.id],
      );
      expect(rows.rows[0].n).toBe(0);
    } finally {
      await grantMembership(t.deps, {
        tenantId: tenant.id,
        userId: tenant.users.system_owner.id,
        roles: ['system_owner'],
      });
    }
  });

  it('when a high-tier system is approved, then it needs two distinct executives, a repeat decision is refused, and a stale snapshot answers 409', async () => {
    const owner = await logIn(t.app, tenant.users.system_owner.email);
    const system = await createSystemThroughApi(owner, tenant.slug, {
      name: 'Credit scoring',
      purpose: 'Scores loan applications',
      profile: { usesPersonalData: true, automatedDecisions: true, sector: 'finance' },
    });
    const { assessmentId, snapshotHash } = await submitWithRoles(owner, system.id);
    const exec = await logIn(t.app, tenant.users.executive.email);
    const decide = (who: typeof exec, hash: string) =>
      who.agent
        .post(`${sys(system.id)}/signoffs`)
        .set('X-CSRF-Token', who.csrf)
        .send({ assessmentId, decision: 'approve', snapshotHash: hash, attestation: 'Approved.' });
    const stale = await decide(exec, 'f'.repeat(64)).expect(409);
    expect(stale.body.code).toBe('STALE_SNAPSHOT');
    const first = await decide(exec, snapshotHash).expect(200);
    expect(first.body).toMatchObject({ state: 'signoff', quorum: 2 });
    const again = await decide(exec, snapshotHash).expect(409);
    expect(again.body.code).toBe('ALREADY_DECIDED');
    const exec2 = await logIn(t.app, tenant.users.executive2.email);
    const second = await decide(exec2, snapshotHash).expect(200);
    expect(second.body.state).toBe('active');
    const auditor = await logIn(t.app, tenant.users.auditor.email);
    await auditor.agent.get(`${sys(system.id)}/dossier`).expect(200);
    const denied = await auditor.agent
      .post(`${sys(system.id)}/signoffs`)
      .set('X-CSRF-Token', auditor.csrf)
      .send({ assessmentId, decision: 'reject', snapshotHash, attestation: 'No.' })
      .expect(403);
    expect(denied.body.code).toBe('FORBIDDEN');
  });
});

const submitWithRoles = async (owner: Awaited<ReturnType<typeof logIn>>, systemId: string) => {
  await owner.agent
    .post(`${sys(systemId)}/role-determination`)
    .set('X-CSRF-Token', owner.csrf)
    .send({ trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true })
    .expect(200);
  const started = await owner.agent
    .post(`${sys(systemId)}/assessments`)
    .set('X-CSRF-Token', owner.csrf)
    .expect(202);
  const assessmentId = started.body.assessmentId as string;
  const assessment = await owner.agent.get(`${sys(systemId)}/assessments/${assessmentId}`).expect(200);
  await answerEverything(
    owner,
    tenant.slug,
    systemId,
    assessmentId,
    assessment.body.requirements,
    tenant.users.system_owner.id,
  );
  const submitted = await owner.agent
    .post(`${sys(systemId)}/assessments/${assessmentId}/submit`)
    .set('X-CSRF-Token', owner.csrf)
    .expect(202);
  return { assessmentId, snapshotHash: submitted.body.snapshotHash as string };
};

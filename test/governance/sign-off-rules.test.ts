import { grantMembership } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROFILES,
  decide,
  getAssessment,
  lifecycleOf,
  logInAll,
  prepareSystem,
  submitForSignOff,
  systemPath,
  utcDatePlus,
  type Session,
} from '../support/lifecycle-scenario.js';
import { answerEverything, createSystemThroughApi } from '../support/governance-helpers.js';
import { createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

// Who may sign, and what a signature may promise (issue 11, findings 8 and 19), through the API and the workflow.

let t: TestContext;
let tenant: TestTenant;
let s: Record<'system_owner' | 'executive' | 'executive2' | 'governance_officer' | 'tenant_admin', Session>;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('signers');
  s = await logInAll(t.app, tenant, [
    'system_owner',
    'executive',
    'executive2',
    'governance_officer',
    'tenant_admin',
  ] as const);
});
afterAll(() => t?.close());

const base = (systemId: string) => systemPath(tenant.slug, systemId);
// The system IDs in `who`'s sign-off inbox.
const inboxOf = async (who: Session) =>
  (
    (await who.agent.get(`/api/v1/tenants/${tenant.slug}/signoffs`).expect(200)).body.items as { systemId: string }[]
  ).map((i) => i.systemId);
const signOffRows = async (systemId: string) =>
  (
    await t.ownerPool.query(`select count(*)::int as n from "${tenant.schemaName}".sign_offs where system_id = $1`, [
      systemId,
    ])
  ).rows[0].n as number;

// Runs `fn` while `who` also holds `extra` roles.
const withRoles = async <T>(who: keyof TestTenant['users'], extra: string[], fn: () => Promise<T>) => {
  const userId = tenant.users[who].id;
  const own = (await t.deps.control.users.findMembership(tenant.id, userId))!;
  await grantMembership(t.deps, { ...own, roles: [...own.roles, ...extra] });
  try {
    return await fn();
  } finally {
    await grantMembership(t.deps, own);
  }
};

// A medium-tier system the officer registers for `ownerId`, answers (as `answerer`) and submits.
const submittedBy = async (name: string, answerer: Session, ownerId?: string) => {
  const system = await createSystemThroughApi(s.governance_officer, tenant.slug, {
    name,
    purpose: 'Testing who may sign',
    profile: PROFILES.medium,
  });
  if (ownerId) {
    const { version } = (await s.governance_officer.agent.get(base(system.id)).expect(200)).body;
    await s.governance_officer.agent
      .patch(base(system.id))
      .set('X-CSRF-Token', s.governance_officer.csrf)
      .set('If-Match', `"v${version}"`)
      .send({ ownerId })
      .expect(200);
  }
  await s.governance_officer.agent
    .post(`${base(system.id)}/role-determination`)
    .set('X-CSRF-Token', s.governance_officer.csrf)
    .send({ trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true })
    .expect(200);
  const started = await s.governance_officer.agent
    .post(`${base(system.id)}/assessments`)
    .set('X-CSRF-Token', s.governance_officer.csrf)
    .expect(202);
  const assessmentId = started.body.assessmentId as string;
  const { requirements } = await getAssessment(s.governance_officer, tenant.slug, system.id, assessmentId);
  await answerEverything(answerer, tenant.slug, system.id, assessmentId, requirements, tenant.users.system_owner.id);
  const submitted = await submitForSignOff(s.governance_officer, tenant.slug, system.id, assessmentId);
  return { systemId: system.id, assessmentId, snapshotHash: submitted.snapshotHash };
};

describe('condition due dates (finding 8)', () => {
  it('finding 8: when a sign-off condition is due before today, then the approval is refused with VALIDATION_FAILED naming the field', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Condition due yesterday',
      profile: PROFILES.medium,
    });
    const { snapshotHash } = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    const res = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash,
      decision: 'approve_with_conditions',
      conditions: [
        { text: 'Due next week', ownerId: tenant.users.system_owner.id, dueDate: utcDatePlus(7) },
        { text: 'Already late', ownerId: tenant.users.system_owner.id, dueDate: utcDatePlus(-1) },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'conditions.1.dueDate' })]);
    expect(await signOffRows(systemId)).toBe(0);
    expect((await lifecycleOf(s.system_owner, tenant.slug, systemId)).state).toBe('signoff');
    // Due today is still allowed.
    const today = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash,
      decision: 'approve_with_conditions',
      conditions: [{ text: 'Today', ownerId: tenant.users.system_owner.id, dueDate: utcDatePlus(0) }],
    });
    expect(today.status, JSON.stringify(today.body)).toBe(200);
  });
});

describe('segregation of duties beyond the submitter (finding 19)', () => {
  it('finding 19: when the owner of a system holds the executive role, then they cannot sign it although someone else submitted it', async () => {
    await withRoles('system_owner', ['executive'], async () => {
      const { systemId, assessmentId, snapshotHash } = await submittedBy(
        'Owned by an executive',
        s.governance_officer,
        tenant.users.system_owner.id,
      );
      const owner = await logIn(t.app, tenant.users.system_owner.email);
      const res = await decide(owner, tenant.slug, systemId, { assessmentId, snapshotHash, decision: 'approve' });
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body.code).toBe('SEGREGATION_OF_DUTIES');
      expect(res.body.detail ?? res.body.title).toMatch(/own this system/);
      expect(await signOffRows(systemId)).toBe(0);
      // The inbox agrees with the decision: the owner is not offered it, another executive is.
      expect(await inboxOf(owner)).not.toContain(systemId);
      expect(await inboxOf(s.executive)).toContain(systemId);
    });
  });

  it('finding 19: when an executive answered the assessment, then they cannot sign it', async () => {
    const { systemId, assessmentId, snapshotHash } = await withRoles('executive2', ['governance_officer'], async () =>
      submittedBy('Answered by an executive', await logIn(t.app, tenant.users.executive2.email)),
    );
    const res = await decide(s.executive2, tenant.slug, systemId, { assessmentId, snapshotHash, decision: 'approve' });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.code).toBe('SEGREGATION_OF_DUTIES');
    expect(await inboxOf(s.executive2)).not.toContain(systemId);
    expect(await inboxOf(s.executive)).toContain(systemId);
    // Someone who neither owns, answered nor submitted it may.
    const other = await decide(s.executive, tenant.slug, systemId, { assessmentId, snapshotHash, decision: 'approve' });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
  });

  it('finding 19: when the tenant policy tries to let owners or answerers sign, then it is refused; excluding evidence contributors too is allowed', async () => {
    const policy = `/api/v1/tenants/${tenant.slug}/policy`;
    const loosened = await s.tenant_admin.agent
      .patch(policy)
      .set('X-CSRF-Token', s.tenant_admin.csrf)
      .send({ segregationOfDuties: { excludeSystemOwner: false, excludeAnswerers: false } });
    expect(loosened.status, JSON.stringify(loosened.body)).toBe(400);
    expect(loosened.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'segregationOfDuties.excludeAnswerers',
      'segregationOfDuties.excludeSystemOwner',
    ]);
    const tightened = await s.tenant_admin.agent
      .patch(policy)
      .set('X-CSRF-Token', s.tenant_admin.csrf)
      .send({ segregationOfDuties: { excludeEvidenceContributors: true } });
    expect(tightened.status, JSON.stringify(tightened.body)).toBe(200);
    try {
      // executive2 added evidence (as an officer for the moment) to a system someone else answered.
      const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
        name: 'Evidence by an executive',
        profile: PROFILES.medium,
      });
      await withRoles('executive2', ['governance_officer'], async () => {
        const exec2 = await logIn(t.app, tenant.users.executive2.email);
        await exec2.agent
          .post(`${base(systemId)}/evidence`)
          .set('X-CSRF-Token', exec2.csrf)
          .send({ kind: 'other', title: 'Exec’s record', url: 'https://docs.example.test/exec' })
          .expect(201);
      });
      const { snapshotHash } = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
      const res = await decide(s.executive2, tenant.slug, systemId, {
        assessmentId,
        snapshotHash,
        decision: 'approve',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body.code).toBe('SEGREGATION_OF_DUTIES');
    } finally {
      await s.tenant_admin.agent
        .patch(policy)
        .set('X-CSRF-Token', s.tenant_admin.csrf)
        .send({ segregationOfDuties: { excludeEvidenceContributors: false } })
        .expect(200);
    }
  });

  it('finding 19: when an update reaching the workflow forges a signer’s roles, then the database refuses to record the approval', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Forged signer',
      profile: PROFILES.medium,
    });
    const { snapshotHash } = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    const start = { state: 'signoff' as const, seq: 2 };
    // Past the API (as anyone who could reach Temporal could): the auditor, claiming to be an executive.
    const forged = t.lifecycle.send(tenant.id, systemId, start, 'decide', {
      actorId: tenant.users.auditor.id,
      requestId: 'forged',
      signerName: 'Not an executive',
      signerRoles: ['executive'],
      assessmentId,
      decision: 'approve',
      snapshotHash,
      attestation: 'Forged.',
      comment: null,
      conditions: [],
      authMethod: 'password',
      authenticatedAt: new Date().toISOString(),
    });
    await expect(forged).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await signOffRows(systemId)).toBe(0);
    expect((await lifecycleOf(s.system_owner, tenant.slug, systemId)).state).toBe('signoff');
  });

  it('finding 19: when a system declares an EU AI Act prohibited practice with EU exposure, then it is signed as high tier', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Social scoring in the EU',
      profile: { prohibitedPractice: 'social_scoring', euExposure: true },
    });
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(submitted).toMatchObject({ quorum: 2, approverRole: 'executive' });
    const assessment = (await s.system_owner.agent.get(`${base(systemId)}/assessments/${assessmentId}`).expect(200))
      .body;
    expect(assessment.risk).toMatchObject({ tier: 'high', prohibitedUse: true });
  });
});

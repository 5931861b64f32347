import { sealAssessment } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROFILES,
  decide,
  getAssessment,
  lifecycleOf,
  logInAll,
  prepareSystem,
  submit,
  submitForSignOff,
  systemPath,
  type Session,
} from '../support/lifecycle-scenario.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// The signed picture cannot change after signing (issue 11, finding 3): a material change of the profile or roles
// voids a pending sign-off or opens a triggered review, the requirements and the tier are resolved again, and a
// retried seal never wedges the system.

let t: TestContext;
let tenant: TestTenant;
let s: Record<'system_owner' | 'executive' | 'executive2' | 'governance_officer', Session>;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('material');
  s = await logInAll(t.app, tenant, ['system_owner', 'executive', 'executive2', 'governance_officer'] as const);
});
afterAll(() => t?.close());

const base = (systemId: string) => systemPath(tenant.slug, systemId);
const systemOf = async (systemId: string) => (await s.system_owner.agent.get(base(systemId)).expect(200)).body;
const patchProfile = async (who: Session, systemId: string, profile: object) => {
  const { version } = await systemOf(systemId);
  return who.agent
    .patch(base(systemId))
    .set('X-CSRF-Token', who.csrf)
    .set('If-Match', `"v${version}"`)
    .send({ profile });
};
const widenRoles = (who: Session, systemId: string) =>
  who.agent
    .post(`${base(systemId)}/role-determination`)
    .set('X-CSRF-Token', who.csrf)
    .send({ trainsOrFineTunes: true, offersToOthers: false, usesInOwnOperations: true });
const requirementIdsOf = async (systemId: string, assessmentId: string) =>
  (await getAssessment(s.system_owner, tenant.slug, systemId, assessmentId)).requirements.map((r) => r.requirementId);

// Answers whatever the assessment asks now (new requirements after a change) as not applicable.
const answerRest = async (systemId: string, assessmentId: string) => {
  const assessment = await getAssessment(s.system_owner, tenant.slug, systemId, assessmentId);
  const missing = assessment.requirements.filter((r) => !r.answer || (r.carriedForward && !r.confirmed));
  const answers = Object.fromEntries(
    missing.map((r) => [r.requirementId, r.answer ?? { answer: 'not_applicable', reason: 'Out of scope here.' }]),
  );
  if (missing.length)
    await s.system_owner.agent
      .patch(`${base(systemId)}/assessments/${assessmentId}`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({ answers })
      .expect(200);
};

describe('material change (finding 3)', () => {
  it('finding 3: when the profile changes materially during sign-off, then the pending snapshot is void, the assessment reopens and the tier is resolved again', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Chatbot re-profiled in sign-off',
      profile: PROFILES.medium,
    });
    const before = await requirementIdsOf(systemId, assessmentId);
    const pending = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(pending).toMatchObject({ quorum: 1, approverRole: 'executive' });

    const changed = await patchProfile(s.system_owner, systemId, { usesSensitiveData: true, sector: 'medical' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    // Only the fields named change (a partial profile no longer resets the others to their defaults).
    expect(changed.body.profile).toMatchObject({ ...PROFILES.medium, usesSensitiveData: true, sector: 'medical' });
    const view = await lifecycleOf(s.system_owner, tenant.slug, systemId);
    expect(view.state).toBe('assessment');
    expect(view.transitions.at(-1)).toMatchObject({
      action: 'signoff.invalidated',
      fromState: 'signoff',
      toState: 'assessment',
      actorId: tenant.users.system_owner.id,
      data: { assessmentId, snapshotHash: pending.snapshotHash },
    });
    // The executive who still has the old snapshot open cannot approve what the system no longer is.
    const stale = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: pending.snapshotHash,
      decision: 'approve',
    });
    expect(stale.status, JSON.stringify(stale.body)).toBe(409);
    const reopened = await getAssessment(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(reopened.status).toBe('in_progress');
    const after = reopened.requirements.map((r) => r.requirementId);
    expect(after.length).toBeGreaterThan(before.length);

    await answerRest(systemId, assessmentId);
    const resubmitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    // Sensitive data in medicine: high tier, two executives.
    expect(resubmitted).toMatchObject({ quorum: 2, approverRole: 'executive' });
    expect(resubmitted.snapshotHash).not.toBe(pending.snapshotHash);
  });

  it('finding 3: when the roles of an active system widen, then a triggered review opens that asks the new roles’ requirements', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Summariser that starts fine-tuning',
      profile: PROFILES.medium,
    });
    const before = await requirementIdsOf(systemId, assessmentId);
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    }).expect(200);

    const widened = await widenRoles(s.system_owner, systemId);
    expect(widened.status, JSON.stringify(widened.body)).toBe(200);
    const view = await lifecycleOf(s.system_owner, tenant.slug, systemId);
    expect(view.state).toBe('review');
    const opened = view.transitions.at(-1)!;
    expect(opened).toMatchObject({
      action: 'review.opened.material_change',
      fromState: 'active',
      actorId: tenant.users.system_owner.id,
      data: { kind: 'review', note: 'Material change: roles' },
    });
    const reviewId = opened.data.assessmentId as string;
    const asked = await requirementIdsOf(systemId, reviewId);
    expect(asked.filter((id) => !before.includes(id)).length).toBeGreaterThan(0);
    // The officers hear of it.
    const inbox = await s.governance_officer.agent.get(`/api/v1/tenants/${tenant.slug}/notifications?limit=200`);
    expect(
      inbox.body.items.some(
        (n: { kind: string; systemId: string }) => n.kind === 'review_opened' && n.systemId === systemId,
      ),
    ).toBe(true);
  });

  it('finding 3: when the roles widen while an assessment is open, then its requirements are resolved again', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Roles widened mid-assessment',
      profile: PROFILES.low,
    });
    const before = await requirementIdsOf(systemId, assessmentId);
    expect((await widenRoles(s.system_owner, systemId)).status).toBe(200);
    const after = await requirementIdsOf(systemId, assessmentId);
    expect(after.filter((id) => !before.includes(id)).length).toBeGreaterThan(0);
    // Submitting without answering them lists exactly the new ones.
    const refused = await submit(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path.replace('requirements.', '')).sort()).toEqual(
      after.filter((id) => !before.includes(id)).sort(),
    );
    expect((await lifecycleOf(s.system_owner, tenant.slug, systemId)).state).toBe('assessment');
  });

  it('finding 3: when a seal whose result was lost is retried after the evidence changed, then the system is not wedged', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Seal retried',
      profile: PROFILES.medium,
    });
    // The first attempt sealed the assessment, but its result never reached the workflow.
    const lost = await sealAssessment(t.deps, {
      tenantId: tenant.id,
      systemId,
      assessmentId,
      submittedBy: tenant.users.system_owner.id,
    });
    expect((await getAssessment(s.system_owner, tenant.slug, systemId, assessmentId)).status).toBe('submitted');
    await s.system_owner.agent
      .post(`${base(systemId)}/evidence`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({ kind: 'other', title: 'One more record', url: 'https://docs.example.test/more' })
      .expect(201);
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(submitted.snapshotHash).not.toBe(lost.snapshotHash);
    const approved = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.state).toBe('active');
  });

  it('finding 3: when a retried seal finds answers missing after the profile changed, then the assessment reopens to be fixed', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Seal retried after re-profiling',
      profile: PROFILES.medium,
    });
    await sealAssessment(t.deps, {
      tenantId: tenant.id,
      systemId,
      assessmentId,
      submittedBy: tenant.users.system_owner.id,
    });
    expect((await patchProfile(s.system_owner, systemId, { usesSensitiveData: true })).status).toBe(200);
    const refused = await submit(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect((await getAssessment(s.system_owner, tenant.slug, systemId, assessmentId)).status).toBe('in_progress');
    await answerRest(systemId, assessmentId);
    await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
  });

  it('finding 3: when an approval reaches the database for a snapshot whose system changed since, then it is refused', async () => {
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Changed behind the workflow',
      profile: PROFILES.medium,
    });
    const pending = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    // A change that bypassed the lifecycle (a direct write): the database still refuses to record the approval.
    await t.ownerPool.query(
      `update "${tenant.schemaName}".ai_systems set profile = profile || '{"automatedDecisions": true}' where id = $1`,
      [systemId],
    );
    const res = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: pending.snapshotHash,
      decision: 'approve',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.code).toBe('STALE_SNAPSHOT');
    const rows = await t.ownerPool.query(
      `select count(*)::int as n from "${tenant.schemaName}".sign_offs where system_id = $1`,
      [systemId],
    );
    expect(rows.rows[0].n).toBe(0);
    expect((await lifecycleOf(s.system_owner, tenant.slug, systemId)).state).toBe('signoff');
  });
});

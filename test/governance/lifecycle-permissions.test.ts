import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, createKeyAs, keyCaller, type Caller } from '../support/api-helpers.js';
import {
  PROFILES,
  decide,
  lifecycleOf,
  logInAll,
  prepareSystem,
  submitForSignOff,
  systemPath,
  utcDatePlus,
  type LiveState,
  type Session,
} from '../support/lifecycle-scenario.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Lifecycle actions an edit cannot undo have their own permissions (issue 11, finding 2), and /lifecycle shows
// sign-off content only to those who may read sign-offs (finding 10), through the real API and workflow.

let t: TestContext;
let tenant: TestTenant;
let s: Record<'system_owner' | 'executive' | 'governance_officer' | 'tenant_admin', Session>;
let admin: Caller;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('perms');
  s = await logInAll(t.app, tenant, ['system_owner', 'executive', 'governance_officer', 'tenant_admin'] as const);
  admin = await adminOf(t.app, tenant);
});
afterAll(() => t?.close());

const keyWith = async (scopes: Parameters<typeof createKeyAs>[2]) =>
  keyCaller(t.app, (await createKeyAs(admin, tenant, scopes)).secret, scopes.join(' '));
const base = (systemId: string) => systemPath(tenant.slug, systemId);
const post = (who: Session, path: string, body: object = {}) =>
  who.agent.post(path).set('X-CSRF-Token', who.csrf).send(body);
const addEvidence = async (who: Session, systemId: string, title: string) =>
  (
    await post(who, `${base(systemId)}/evidence`, {
      kind: 'other',
      title,
      url: 'https://docs.example.test/done',
    }).expect(201)
  ).body.id as string;

// An active medium-tier system, owned (and answered) by the system owner, approved by the executive with one
// condition binding `conditionOwner`.
const activeWithCondition = async (name: string, conditionOwner: string) => {
  const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, { name, profile: PROFILES.medium });
  const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
  const res = await decide(s.executive, tenant.slug, systemId, {
    assessmentId,
    snapshotHash: submitted.snapshotHash,
    decision: 'approve_with_conditions',
    conditions: [{ text: 'Publish the user notice', ownerId: conditionOwner, dueDate: utcDatePlus(30) }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { systemId, assessmentId, conditionId: (res.body as LiveState).openConditions[0]!.id };
};

describe('lifecycle permissions (finding 2)', () => {
  it('finding 2: when a key with only ai-systems:write tries to retire a system, then it is refused', async () => {
    const key = await keyWith(['ai-systems:write']);
    const created = await key.call('post', `/api/v1/tenants/${tenant.slug}/ai-systems`, {
      body: { name: 'Synced from the model registry', purpose: 'Registry sync' },
    });
    expect(created.status).toBe(201);
    const res = await key.call('post', `${base(created.body.id)}/retire`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await lifecycleOf(s.governance_officer, tenant.slug, created.body.id)).state).toBe('draft');
  });

  it('finding 2: when a key with only ai-systems:write tries to reinstate, review or fulfil a condition of an active system, then each is refused', async () => {
    const key = await keyWith(['ai-systems:write']);
    const { systemId, conditionId } = await activeWithCondition('Key vs lifecycle', tenant.users.system_owner.id);
    const evidenceId = await addEvidence(s.system_owner, systemId, 'Notice published');
    for (const [path, body] of [
      ['/reinstate', undefined],
      ['/reviews', { reason: 'incident' }],
      [`/conditions/${conditionId}/fulfil`, { note: 'Done', evidenceIds: [evidenceId] }],
    ] as const) {
      const res = await key.call('post', `${base(systemId)}${path}`, body ? { body } : {});
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(403);
    }
    const view = await lifecycleOf(s.governance_officer, tenant.slug, systemId);
    expect(view.state).toBe('active');
    expect(view.transitions.at(-1)!.action).toBe('signoff.approved');
  });

  it('finding 2: when a key with reviews:write opens a review, then it opens; retiring stays refused to it', async () => {
    const key = await keyWith(['reviews:write']);
    const { systemId } = await activeWithCondition('Monitoring opens a review', tenant.users.system_owner.id);
    expect((await key.call('post', `${base(systemId)}/retire`)).status).toBe(403);
    const res = await key.call('post', `${base(systemId)}/reviews`, { body: { reason: 'incident', note: 'drift' } });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.state).toBe('review');
  });

  it('finding 2: when the owner of a system tries to retire it, then it is refused; a governance officer or admin may', async () => {
    const { systemId } = await prepareSystem(s.system_owner, tenant, { name: 'Owner retires?', profile: {} });
    const refused = await post(s.system_owner, `${base(systemId)}/retire`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const retired = await post(s.tenant_admin, `${base(systemId)}/retire`);
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect(retired.body.state).toBe('retired');
  });

  it('finding 2: when the owner a condition binds fulfils it, then evidence is required and it stays open until a governance officer confirms it', async () => {
    const { systemId, conditionId } = await activeWithCondition('Owner fulfils', tenant.users.system_owner.id);
    const path = `${base(systemId)}/conditions/${conditionId}/fulfil`;
    const bare = await post(s.system_owner, path, { note: 'Done' });
    expect(bare.status, JSON.stringify(bare.body)).toBe(400);
    expect(bare.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'evidenceIds' }] });
    const foreign = await post(s.system_owner, path, { note: 'Done', evidenceIds: [crypto.randomUUID()] });
    expect(foreign.status).toBe(400);

    const evidenceId = await addEvidence(s.system_owner, systemId, 'Notice published');
    const submitted = await post(s.system_owner, path, { note: 'Published on the portal', evidenceIds: [evidenceId] });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.openConditions).toEqual([
      expect.objectContaining({ id: conditionId, fulfilmentSubmittedBy: tenant.users.system_owner.id }),
    ]);
    // Alone, the owner cannot close it, however often they try.
    expect((await post(s.system_owner, path, { note: 'Really done' })).status).toBe(409);
    const confirmed = await post(s.governance_officer, path, { note: 'Checked the portal' });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.openConditions).toEqual([]);
    const last = (await lifecycleOf(s.governance_officer, tenant.slug, systemId)).transitions.at(-1)!;
    expect(last).toMatchObject({
      action: 'condition.fulfilled',
      actorId: tenant.users.governance_officer.id,
      data: { evidenceIds: [evidenceId], submittedBy: tenant.users.system_owner.id },
    });
  });

  it('finding 2: when a condition binds a governance officer, then that officer cannot close it alone', async () => {
    const { systemId, conditionId } = await activeWithCondition('Officer bound', tenant.users.governance_officer.id);
    const evidenceId = await addEvidence(s.governance_officer, systemId, 'Contact point named');
    const path = `${base(systemId)}/conditions/${conditionId}/fulfil`;
    const res = await post(s.governance_officer, path, { note: 'Named', evidenceIds: [evidenceId] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.openConditions).toEqual([
      expect.objectContaining({ id: conditionId, fulfilmentSubmittedBy: tenant.users.governance_officer.id }),
    ]);
    // Nor can someone it does not bind who is not an officer (the executive who set it).
    expect((await post(s.executive, path, { note: 'Fine', evidenceIds: [evidenceId] })).status).toBe(403);
  });
});

describe('the lifecycle view (finding 10)', () => {
  it('finding 10: when a caller who may read the system but not its sign-offs reads /lifecycle, then rejection comments, conditions and approvals are left out', async () => {
    const { systemId, assessmentId, requirements } = await prepareSystem(s.system_owner, tenant, {
      name: 'Comments are for sign-off readers',
      profile: PROFILES.medium,
    });
    const first = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    const comment = 'Rejected: the notice omits the AI disclosure (confidential remark).';
    await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: first.snapshotHash,
      decision: 'reject',
      comment,
    }).expect(200);
    await s.system_owner.agent
      .patch(`${base(systemId)}/assessments/${assessmentId}`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({
        answers: {
          [requirements[0]!.requirementId]: {
            answer: 'explains',
            rationale: 'The notice now discloses AI use.',
            compensatingMeasure: 'Monthly review of the notice.',
          },
        },
      })
      .expect(200);
    const second = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    const conditionText = 'Confidential condition: retrain before the merger closes';
    await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: second.snapshotHash,
      decision: 'approve_with_conditions',
      conditions: [{ text: conditionText, ownerId: tenant.users.system_owner.id, dueDate: utcDatePlus(20) }],
    }).expect(200);

    // The officer reads sign-offs: everything is there.
    const full = await s.governance_officer.agent.get(`${base(systemId)}/lifecycle`).expect(200);
    expect(JSON.stringify(full.body)).toContain(comment);
    expect(JSON.stringify(full.body)).toContain(conditionText);
    expect(full.body.live.openConditions).toHaveLength(1);

    const reader = await keyWith(['ai-systems:read']);
    // It may not read the sign-offs themselves (404, as for anything it may not read).
    expect((await reader.call('get', `${base(systemId)}/signoffs`)).status).toBe(404);
    const view = await reader.call('get', `${base(systemId)}/lifecycle`);
    expect(view.status).toBe(200);
    const text = JSON.stringify(view.body);
    expect(text).not.toContain(comment);
    expect(text).not.toContain(conditionText);
    expect(view.body.transitions.map((x: { action: string }) => x.action)).toEqual(
      full.body.transitions.map((x: { action: string }) => x.action),
    );
    const approved = view.body.transitions.find((x: { action: string }) => x.action === 'signoff.approved');
    expect(approved.data).toEqual({ assessmentId });
    expect(view.body.live).toMatchObject({ approvals: [], openConditions: [] });
  });
});

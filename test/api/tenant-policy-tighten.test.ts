import { sealAssessment } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, expectProblem, hex, snapshotTenant, type Caller } from '../support/api-helpers.js';
import { createLifecycleFixtures } from '../support/lifecycle-fixtures.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Finding 15: every setting of the tenant policy may only tighten the product defaults — suspension on a lapsed
// condition cannot be switched off, reminders and escalation cannot be stretched — and a refusal names the field.

let t: TestContext;
let T: TestTenant;
let admin: Caller;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('tighten');
  admin = await adminOf(t.app, T);
});
afterAll(() => t?.close());

const path = () => `/api/v1/tenants/${T.slug}/policy`;
const patch = (body: Record<string, unknown>) => admin.call('patch', path(), { body });

describe('the tenant policy only tightens', () => {
  it('finding 15: when the admin switches off suspension on lapse or stretches escalation, then 400 names the field and nothing changes', async () => {
    const before = await snapshotTenant(t.ownerPool, T);
    for (const [body, field] of [
      [{ suspendOnLapsedCondition: false }, 'suspendOnLapsedCondition'],
      [{ escalationDays: 6 }, 'escalationDays'],
      [{ escalationDays: 60 }, 'escalationDays'],
      [{ signoffReminderDays: 3 }, 'signoffReminderDays'],
      [{ conditionReminderDays: 6 }, 'conditionReminderDays'],
    ] as const) {
      const res = await patch(body);
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.detail).toContain(field);
      expect(res.body.errors).toEqual([{ path: field, message: expect.any(String) }]);
    }
    // Several at once: each is named.
    const many = await patch({
      suspendOnLapsedCondition: false,
      escalationDays: 9,
      tierOverrides: { high: { quorum: 1 } },
    });
    expectProblem(many, 400, 'VALIDATION_FAILED');
    expect(many.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'escalationDays',
      'suspendOnLapsedCondition',
      'tierOverrides.high.quorum',
    ]);
    expect(await snapshotTenant(t.ownerPool, T)).toEqual(before);
    const read = await admin.call('get', path());
    expect(read.body.policy).toMatchObject({
      suspendOnLapsedCondition: true,
      escalationDays: 5,
      signoffReminderDays: 2,
    });

    // Tightening, or staying at the default, is accepted.
    const tightened = await patch({
      suspendOnLapsedCondition: true,
      escalationDays: 3,
      signoffReminderDays: 1,
      conditionReminderDays: 14,
    });
    expect(tightened.status, tightened.text).toBe(200);
    expect(tightened.body.policy).toMatchObject({
      escalationDays: 3,
      signoffReminderDays: 1,
      conditionReminderDays: 14,
    });
  });

  it('finding 15: when a policy stored before the check loosens a default, then the looser value never applies', async () => {
    const tenant = await t.provision('loosestored');
    await t.deps.runInTenant(tenant, (repos) =>
      repos.setup.savePolicy({
        suspendOnLapsedCondition: false,
        escalationDays: 30,
        signoffReminderDays: 20,
        conditionReminderDays: 1,
        tierOverrides: { high: { quorum: 1, reviewCadenceDays: 30 } },
      }),
    );
    const view = await (await adminOf(t.app, tenant)).call('get', `/api/v1/tenants/${tenant.slug}/policy`);
    expect(view.status).toBe(200);
    expect(view.body.policy).toMatchObject({
      suspendOnLapsedCondition: true,
      escalationDays: 5,
      signoffReminderDays: 2,
      conditionReminderDays: 7,
      tierOverrides: { high: { reviewCadenceDays: 30 } },
    });
    expect(view.body.policy.tierOverrides.high).not.toHaveProperty('quorum');
    expect(view.body.effective.high).toMatchObject({ quorum: 2, reviewCadenceDays: 30 });

    // The sign-off that is sealed runs on the tightened rhythm.
    const system = await t.createSystemAs(tenant, 'governance_officer', `Loose policy ${hex(3)}`);
    const prepared = await createLifecycleFixtures(t, tenant).advance(system, 'answered');
    const sealed = await sealAssessment(t.deps, {
      tenantId: tenant.id,
      systemId: system.id,
      assessmentId: prepared.assessmentId!,
      submittedBy: tenant.users.governance_officer.id,
    });
    expect(sealed.timing).toEqual({
      signoffReminderDays: 2,
      escalationDays: 5,
      conditionReminderDays: 7,
      suspendOnLapsedCondition: true,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, logIn, type TestContext, type TestTenant } from '../support/test-context.js';

let t: TestContext;
let tenant: TestTenant;
beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('policy');
});
afterAll(() => t?.close());

const path = () => `/api/v1/tenants/${tenant.slug}/policy`;

describe('tenant governance policy', () => {
  it('when nothing was set, then the DESIGN defaults are effective', async () => {
    const { agent } = await logIn(t.app, tenant.users.auditor.email);
    const res = await agent.get(path()).expect(200);
    expect(res.body.effective.high).toMatchObject({ approverRole: 'executive', quorum: 2, reviewCadenceDays: 90 });
    expect(res.body.effective.low).toMatchObject({
      approverRole: 'governance_officer',
      quorum: 1,
      reviewCadenceDays: 365,
    });
    expect(res.body.policy.signoffReminderDays).toBe(2);
  });

  it('when the admin tightens the high tier, then it applies and is audited; loosening is refused and changes nothing', async () => {
    const admin = await logIn(t.app, tenant.users.tenant_admin.email);
    const tightened = await admin.agent
      .patch(path())
      .set('X-CSRF-Token', admin.csrf)
      .send({
        tierOverrides: { high: { quorum: 3, reviewCadenceDays: 60, requiredEvidence: ['dpia'] } },
        escalationDays: 3,
      })
      .expect(200);
    expect(tightened.body.effective.high).toMatchObject({ quorum: 3, reviewCadenceDays: 60 });
    expect(tightened.body.effective.high.requiredEvidence).toEqual(expect.arrayContaining(['dpia', 'bias_test']));
    const loosened = await admin.agent
      .patch(path())
      .set('X-CSRF-Token', admin.csrf)
      .send({ tierOverrides: { medium: { quorum: 0 } } })
      .expect(400);
    expect(loosened.body.code).toBe('VALIDATION_FAILED');
    const longer = await admin.agent
      .patch(path())
      .set('X-CSRF-Token', admin.csrf)
      .send({ tierOverrides: { low: { reviewCadenceDays: 400 } } })
      .expect(400);
    expect(longer.body.errors[0].path).toBe('tierOverrides.low.reviewCadenceDays');
    const after = await admin.agent.get(path()).expect(200);
    expect(after.body.effective.high.quorum).toBe(3);
    expect(after.body.effective.low.reviewCadenceDays).toBe(365);
    const audit = await admin.agent.get(`/api/v1/tenants/${tenant.slug}/audit-events?limit=200`).expect(200);
    expect(audit.body.items.filter((e: { action: string }) => e.action === 'tenant_policy.updated')).toHaveLength(1);
  });

  it('finding 15: when the admin changes one setting, then every other setting, tightened before, is kept', async () => {
    const admin = await logIn(t.app, tenant.users.tenant_admin.email);
    await admin.agent
      .patch(path())
      .set('X-CSRF-Token', admin.csrf)
      .send({ tierOverrides: { medium: { quorum: 2 } }, conditionReminderDays: 14 })
      .expect(200);
    const after = await admin.agent
      .patch(path())
      .set('X-CSRF-Token', admin.csrf)
      .send({ escalationDays: 2 })
      .expect(200);
    expect(after.body.policy).toMatchObject({
      tierOverrides: { medium: { quorum: 2 } },
      conditionReminderDays: 14,
      escalationDays: 2,
    });
    expect(after.body.effective.medium.quorum).toBe(2);
  });

  it('when a governance officer tries to change the policy, then 403', async () => {
    const officer = await logIn(t.app, tenant.users.governance_officer.email);
    const res = await officer.agent
      .patch(path())
      .set('X-CSRF-Token', officer.csrf)
      .send({ escalationDays: 1 })
      .expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });
});

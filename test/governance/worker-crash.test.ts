import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../support/governance-helpers.js';
import {
  PROFILES,
  decide,
  lifecycleOf,
  logInAll,
  prepareSystem,
  submitForSignOff,
  systemPath,
} from '../support/lifecycle-scenario.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';
import { startWorkerChild, type WorkerChild } from '../support/worker-child.js';

// The worker runs in a child process (this process runs none), so it can be killed with SIGKILL in the middle of a
// decision: after the sign-off row and its audit event are written, before the activity reports completion.

let t: TestContext;
let tenant: TestTenant;
const children: WorkerChild[] = [];

beforeAll(async () => {
  t = await createTestContext({ withWorker: false });
  // Only the decision's activity (applyDecision) is slowed down; everything else (provisioning included) runs normally.
  children.push(await startWorkerChild(t.stack, { KIZUNA_SLOW_ACTIVITY: 'applyDecision' }));
  tenant = await t.provision('crash');
});
afterAll(async () => {
  await Promise.all(children.map((c) => c.kill('SIGKILL')));
  await t?.close();
});

const count = async (sql: string, params: unknown[]) => Number((await t.ownerPool.query(sql, params)).rows[0].n);

describe('worker crash during a decision', () => {
  it('when the worker is SIGKILLed between recording a sign-off and completing the activity, then a restarted worker finishes the decision with exactly one transition, one sign-off and one audit event each', async () => {
    const schema = tenant.schemaName;
    const s = await logInAll(t.app, tenant, ['system_owner', 'executive', 'auditor'] as const);
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Support chatbot (crash)',
      profile: PROFILES.medium,
    });
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);

    const slow = children[0]!;
    const sendDecision = () =>
      decide(s.executive, tenant.slug, systemId, {
        assessmentId,
        snapshotHash: submitted.snapshotHash,
        decision: 'approve',
      }).then((res) => res);
    const pending = sendDecision();
    await slow.waitForLine('slow-activity-done applyDecision', 30_000);
    // The decision's transaction has committed (sign-off and transition together, never one without the other) but
    // the activity has not completed: the kill lands between the database and Temporal.
    expect(await count(`select count(*) as n from "${schema}".sign_offs where system_id = $1`, [systemId])).toBe(1);
    expect(
      await count(
        `select count(*) as n from "${schema}".lifecycle_transitions where system_id = $1 and action = 'signoff.approved'`,
        [systemId],
      ),
    ).toBe(1);
    await slow.kill('SIGKILL');
    expect(slow.child.signalCode).toBe('SIGKILL');

    children.push(await startWorkerChild(t.stack));
    const res = await pending;
    expect.soft(res.status, `the decision's own response: ${JSON.stringify(res.body)}`).toBe(200);
    // A caller told 503 "retry shortly" may retry; if the decision already went through, the answer says so (409)
    // instead of recording it twice.
    let final = res;
    for (let attempt = 0; final.status === 503 && attempt < 3; attempt += 1) final = await sendDecision();
    expect([200, 409], `the retried decision's response: ${JSON.stringify(final.body)}`).toContain(final.status);
    if (final.status === 200) expect(final.body.state).toBe('active');
    else expect(['ALREADY_DECIDED', 'CONFLICT']).toContain(final.body.code);

    // Whatever the caller saw, the decision completes exactly once.
    await waitFor(async () => (await lifecycleOf(s.auditor, tenant.slug, systemId)).state === 'active', 90_000, 250);
    const view = await lifecycleOf(s.auditor, tenant.slug, systemId);
    expect(view.transitions.map((x) => x.action)).toEqual([
      'assessment.started',
      'assessment.submitted',
      'signoff.approved',
    ]);
    expect(
      await count(
        `select count(*) as n from "${schema}".lifecycle_transitions where system_id = $1 and action = 'signoff.approved'`,
        [systemId],
      ),
    ).toBe(1);
    expect(await count(`select count(*) as n from "${schema}".sign_offs where system_id = $1`, [systemId])).toBe(1);
    const audit = await t.ownerPool.query(
      `select action, count(*)::int as n from "${schema}".audit_events
        where action in ('lifecycle.signoff.approved', 'signoff.approve') and (target_id = $1 or target_id = $2)
        group by action order by action`,
      [systemId, assessmentId],
    );
    expect(audit.rows).toEqual([
      { action: 'lifecycle.signoff.approved', n: 1 },
      { action: 'signoff.approve', n: 1 },
    ]);
    const verify = await s.auditor.agent.get(`/api/v1/tenants/${tenant.slug}/audit-events/verify`).expect(200);
    expect(verify.body).toMatchObject({ ok: true, firstBadSeq: null });
    expect(verify.body.checked).toBeGreaterThan(0);
    const detail = await s.auditor.agent.get(systemPath(tenant.slug, systemId)).expect(200);
    expect(detail.body.lifecycleState).toBe('active');
  });
});

import { lifecycleWorkflowId } from '@kizuna/workflows/lifecycle-definitions';
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

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('retire');
});
afterAll(() => t?.close());

describe('retirement', () => {
  it('when an active system is retired, then the caller gets the retired state and the retirement is recorded before the workflow ends', async () => {
    const s = await logInAll(t.app, tenant, ['system_owner', 'executive', 'governance_officer'] as const);
    const { systemId, assessmentId } = await prepareSystem(s.system_owner, tenant, {
      name: 'Support chatbot (retired)',
      profile: PROFILES.medium,
    });
    const submitted = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: submitted.snapshotHash,
      decision: 'approve',
    }).expect(200);

    // Retiring cannot be undone: it is the governance officer's (or an admin's), not the owner's.
    const retired = await s.governance_officer.agent
      .post(`${systemPath(tenant.slug, systemId)}/retire`)
      .set('X-CSRF-Token', s.governance_officer.csrf);
    expect.soft(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect.soft(retired.body.state).toBe('retired');

    const handle = t.client.workflow.getHandle(lifecycleWorkflowId(tenant.id, systemId));
    await waitFor(async () => (await handle.describe()).status.name === 'COMPLETED', 30_000);
    const view = await lifecycleOf(s.system_owner, tenant.slug, systemId);
    expect(view.transitions.at(-1)).toMatchObject({
      action: 'system.retired',
      fromState: 'active',
      toState: 'retired',
      actorId: tenant.users.governance_officer.id,
    });
    expect(view.state).toBe('retired');
    const audit = await t.ownerPool.query(
      `select count(*)::int as n from "${tenant.schemaName}".audit_events where action = 'lifecycle.system.retired' and target_id = $1`,
      [systemId],
    );
    expect(audit.rows[0].n).toBe(1);
  });
});

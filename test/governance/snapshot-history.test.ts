import { createHash } from 'node:crypto';
import { toCanonicalJson } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaOf } from '../support/api-helpers.js';
import {
  PROFILES,
  decide,
  logInAll,
  prepareSystem,
  submitForSignOff,
  systemPath,
  waitForState,
} from '../support/lifecycle-scenario.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Finding 18: every snapshot submitted for sign-off is kept as it was sealed. A resubmission after a rejection adds
// one and overwrites none, and a dossier as of a past time shows the snapshot of that time, not today's answers.

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.provision('snapshots');
});
afterAll(() => t?.close());

type DossierRequirement = { requirementId: string; answer: Record<string, unknown> | null };

describe('submitted snapshots are immutable', () => {
  it('finding 18: when a rejected assessment is changed and resubmitted, then both snapshots are kept and a dossier as of the rejection shows the first one', async () => {
    const s = await logInAll(t.app, tenant, ['system_owner', 'executive'] as const);
    const { systemId, assessmentId, requirements } = await prepareSystem(s.system_owner, tenant, {
      name: 'Support chatbot (resubmitted)',
      profile: PROFILES.medium,
    });
    const base = systemPath(tenant.slug, systemId);
    const changed = requirements[0]!.requirementId;

    const first = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    const rejected = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: first.snapshotHash,
      decision: 'reject',
      comment: 'Explain the scope of requirement one.',
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    await waitForState(s.system_owner, tenant.slug, systemId, 'assessment');
    const asOfRejection = new Date().toISOString();
    const firstAnswer = (
      (await s.system_owner.agent.get(`${base}/assessments/${assessmentId}`).expect(200)).body
        .requirements as DossierRequirement[]
    ).find((r) => r.requirementId === changed)!.answer;

    const newAnswer = {
      answer: 'explains',
      rationale: 'The chatbot answers product questions only.',
      compensatingMeasure: 'A person reviews every escalated conversation.',
    };
    await s.system_owner.agent
      .patch(`${base}/assessments/${assessmentId}`)
      .set('X-CSRF-Token', s.system_owner.csrf)
      .send({ answers: { [changed]: newAnswer } })
      .expect(200);
    const second = await submitForSignOff(s.system_owner, tenant.slug, systemId, assessmentId);
    expect(second.snapshotHash).not.toBe(first.snapshotHash);
    const approved = await decide(s.executive, tenant.slug, systemId, {
      assessmentId,
      snapshotHash: second.snapshotHash,
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);

    // Both snapshots are stored, each still hashing to what was signed.
    const stored = await t.ownerPool.query<{ snapshot_hash: string; snapshot: unknown }>(
      `select snapshot_hash, snapshot from ${schemaOf(tenant)}.assessment_snapshots where assessment_id = $1`,
      [assessmentId],
    );
    expect(stored.rows.map((r) => r.snapshot_hash).sort()).toEqual([first.snapshotHash, second.snapshotHash].sort());
    for (const row of stored.rows)
      expect(createHash('sha256').update(toCanonicalJson(row.snapshot)).digest('hex')).toBe(row.snapshot_hash);

    // As of the rejection: the first snapshot, its answer, its rejection.
    const then = await s.executive.agent.get(`${base}/dossier`).query({ at: asOfRejection }).expect(200);
    expect(then.body.assessment).toMatchObject({ snapshotHash: first.snapshotHash, status: 'rejected' });
    const thenAnswer = (then.body.assessment.requirements as DossierRequirement[]).find(
      (r) => r.requirementId === changed,
    );
    expect(thenAnswer!.answer).toEqual(firstAnswer);
    expect(thenAnswer!.answer).not.toMatchObject({ answer: 'explains' });
    expect(then.body.signOffs.map((x: { decision: string }) => x.decision)).toEqual(['reject']);
    expect(then.body.signedSnapshotHashes).toEqual([first.snapshotHash]);

    // Now: the second snapshot, with the changed answer.
    const now = await s.executive.agent.get(`${base}/dossier`).expect(200);
    expect(now.body.assessment).toMatchObject({ snapshotHash: second.snapshotHash, status: 'approved' });
    const nowAnswer = (now.body.assessment.requirements as DossierRequirement[]).find(
      (r) => r.requirementId === changed,
    );
    expect(nowAnswer!.answer).toEqual(newAnswer);
    expect(now.body.signedSnapshotHashes).toEqual([first.snapshotHash, second.snapshotHash]);
  });

  it('finding 18: when the application role tries to change or delete a stored snapshot, then permission is denied (42501)', async () => {
    const client = await t.appPool.connect();
    try {
      for (const statement of [
        `update assessment_snapshots set snapshot = '{}'::jsonb`,
        'delete from assessment_snapshots',
        'truncate assessment_snapshots',
      ]) {
        await client.query('begin');
        try {
          await client.query(`select set_config('search_path', $1, true)`, [schemaOf(tenant)]);
          await client.query('select count(*) from assessment_snapshots');
          await expect(client.query(statement), statement).rejects.toMatchObject({ code: '42501' });
        } finally {
          await client.query('rollback');
        }
      }
    } finally {
      client.release();
    }
  });
});

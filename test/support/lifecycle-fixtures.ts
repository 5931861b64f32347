import { randomUUID } from 'node:crypto';
import type { TAiSystem } from '@kizuna/contracts';
import {
  addEvidence,
  decideSignOff,
  determineSystemRoles,
  getAssessment,
  grantMembership,
  resolveUserContext,
  saveAnswers,
  startAssessment,
  submitAssessment,
  type GovernanceDeps,
} from '@kizuna/domain';
import { hex } from './api-helpers.js';
import { waitFor } from './governance-helpers.js';
import { TEST_PASSWORD, type TestContext, type TestTenant } from './test-context.js';

// AI systems driven along their lifecycle through the use-cases and the real workflow (the governance officer, or the
// system owner, prepares and answers; the officer submits; executive2 decides), for the permission walk and the
// benchmark. Whoever prepares or owns a system may not sign it (segregation of duties).

export type Stage =
  | 'draft'
  | 'roles' // roles determined
  | 'evidence' // one piece of evidence, no assessment
  | 'assessment' // assessment started
  | 'answered' // every answer valid, medium-tier evidence in place
  | 'signoff' // submitted
  | 'active' // approved
  | 'conditional' // approved with a condition due in 30 days
  | 'suspended'; // approved with a condition due today, lapsed

export type PreparedSystem = {
  system: TAiSystem;
  assessmentId?: string;
  requirementIds?: string[];
  snapshotHash?: string;
  conditionId?: string;
  /** Evidence on the system (from the 'answered' stage on). */
  evidenceIds?: string[];
};

// Personal data + generative + public-facing: medium tier, so one executive approves.
export const MEDIUM_PROFILE = {
  usesPersonalData: true,
  usesSensitiveData: false,
  generativeAi: true,
  publicFacing: true,
  automatedDecisions: false,
  euExposure: false,
  advancedModel: false,
  sector: 'general',
  prohibitedPractice: 'none',
} as const;

// Nothing sensitive: low tier, approved by a governance officer.
export const LOW_PROFILE = { ...MEDIUM_PROFILE, usesPersonalData: false, generativeAi: false, publicFacing: false };
export const PROFILE_OF = { low: LOW_PROFILE, medium: MEDIUM_PROFILE } as const;

const ORDER: Stage[] = ['draft', 'roles', 'assessment', 'answered', 'signoff'];

export type Submitter = 'governance_officer' | 'executive' | 'tenant_admin';
/** Who registers the roles, starts the assessment, adds the evidence and answers (the owner only on their own system). */
export type Preparer = 'governance_officer' | 'system_owner';

export const createLifecycleFixtures = (t: TestContext, W: TestTenant) => {
  const gov: GovernanceDeps = { ...t.deps, lifecycle: t.lifecycle };
  // A fresh request id per call: lifecycle updates are deduplicated by it.
  const as = (who: keyof TestTenant['users']) =>
    resolveUserContext(t.deps, { userId: W.users[who].id, tenantSlug: W.slug, requestId: `fixture-${hex(8)}` });
  const reached = (stage: Stage, step: Stage) => {
    const at = ORDER.indexOf(stage);
    return at === -1 || at >= ORDER.indexOf(step);
  };

  // Anyone else submits holding the officer role for the moment (an executive on the segregation-of-duties rows,
  // the tenant admin when the officer is the one under test), then gets their own roles back.
  const submitAs = async (who: Submitter, systemId: string, assessmentId: string) => {
    if (who === 'governance_officer') return submitAssessment(gov, await as(who), systemId, assessmentId);
    const userId = W.users[who].id;
    const own = (await t.deps.control.users.findMembership(W.id, userId))!;
    await grantMembership(t.deps, { ...own, roles: [...own.roles, 'governance_officer'] });
    try {
      return await submitAssessment(gov, await as(who), systemId, assessmentId);
    } finally {
      await grantMembership(t.deps, own);
    }
  };

  const advance = async (
    system: TAiSystem,
    stage: Stage,
    options: { submitter?: Submitter; preparer?: Preparer; conditionOwner?: string } = {},
  ): Promise<PreparedSystem> => {
    const target: PreparedSystem = { system };
    const preparer = options.preparer ?? 'governance_officer';
    if (stage === 'draft') return target;
    if (stage === 'evidence') {
      await addEvidence(gov, await as(preparer), system.id, {
        kind: 'other',
        title: 'Fixture evidence',
        url: 'https://docs.example.test/fixture',
      });
      return target;
    }
    await determineSystemRoles(gov, await as(preparer), system.id, {
      trainsOrFineTunes: false,
      offersToOthers: false,
      usesInOwnOperations: true,
    });
    if (!reached(stage, 'assessment')) return target;
    const started = await startAssessment(gov, await as(preparer), system.id);
    target.assessmentId = started.assessmentId!;
    const assessment = await getAssessment(gov, await as(preparer), system.id, target.assessmentId);
    target.requirementIds = assessment.requirements.map((r) => r.requirementId);
    if (!reached(stage, 'answered')) return target;
    target.evidenceIds = [];
    for (const kind of ['model_card', 'user_notice'] as const) {
      const evidence = await addEvidence(gov, await as(preparer), system.id, {
        kind,
        title: `Fixture ${kind}`,
        url: `https://docs.example.test/${kind}`,
      });
      target.evidenceIds.push(evidence.id);
    }
    await saveAnswers(gov, await as(preparer), {
      systemId: system.id,
      assessmentId: target.assessmentId,
      answers: Object.fromEntries(
        target.requirementIds.map((id) => [
          id,
          { answer: 'not_applicable' as const, reason: 'Out of scope for this fixture.' },
        ]),
      ),
    });
    if (!reached(stage, 'signoff')) return target;
    const submitted = await submitAs(options.submitter ?? 'governance_officer', system.id, target.assessmentId);
    target.snapshotHash = submitted.snapshotHash!;
    if (stage === 'signoff') return target;

    const today = t.deps.now().toISOString().slice(0, 10);
    const inAMonth = new Date(t.deps.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const due = stage === 'suspended' ? today : stage === 'conditional' ? inAMonth : null;
    const decided = await decideSignOff(gov, await as('executive2'), {
      systemId: system.id,
      sessionAuthenticatedAt: null,
      request: {
        assessmentId: target.assessmentId,
        snapshotHash: target.snapshotHash,
        attestation: 'Fixture approval.',
        password: TEST_PASSWORD,
        ...(due
          ? {
              decision: 'approve_with_conditions' as const,
              conditions: [
                { text: 'Fixture condition', ownerId: options.conditionOwner ?? W.users.system_owner.id, dueDate: due },
              ],
            }
          : { decision: 'approve' as const, conditions: [] }),
      },
    });
    target.conditionId = decided.openConditions[0]?.id;
    if (stage === 'suspended') {
      await waitFor(
        async () =>
          (await t.deps.runInTenant(W, (repos) => repos.aiSystems.findById(system.id)))?.lifecycleState === 'suspended',
        30_000,
      );
    }
    return target;
  };

  // One system per submitter and tier awaiting a decision; read-only callers share it.
  const pending = new Map<string, Promise<string>>();
  const pendingSignOff = (
    submitter: Submitter,
    tier: keyof typeof PROFILE_OF = 'medium',
    preparer: Preparer = 'governance_officer',
  ) => {
    const key = `${submitter} ${tier} ${preparer}`;
    let found = pending.get(key);
    if (!found) {
      found = (async () => {
        const system = await t.createSystemAs(W, 'governance_officer', `pending sign-off (${key}) ${hex(3)}`, {
          profile: PROFILE_OF[tier],
          // The system owner prepares only their own system.
          ...(preparer === 'system_owner' && { ownerId: W.users.system_owner.id }),
        });
        await advance(system, 'signoff', { submitter, preparer });
        return system.id;
      })();
      pending.set(key, found);
    }
    return found;
  };

  // An in-app notification for one person, as the workflow's notify activity writes them.
  const notify = async (recipientId: string) => {
    const id = randomUUID();
    await t.deps.runInTenant(W, (repos) =>
      repos.notifications.insert({
        id,
        recipientId,
        systemId: null,
        kind: 'fixture',
        payload: { marker: id },
        dedupeKey: `fixture:${id}`,
      }),
    );
    return id;
  };

  const someoneOtherThan = (role: string) => (role === 'auditor' ? W.users.governance_officer.id : W.users.auditor.id);

  return { advance, pendingSignOff, notify, someoneOtherThan, password: TEST_PASSWORD };
};

export type LifecycleFixtures = ReturnType<typeof createLifecycleFixtures>;

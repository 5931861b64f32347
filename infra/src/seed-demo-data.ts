import type { TAiSystem, TAnswerInput } from '@kizuna/contracts';
import {
  addEvidence,
  computeRiskTier,
  decideSignOff,
  determineSystemRoles,
  ensureUser,
  getAssessment,
  getFeedbackChannel,
  getTenantPolicy,
  grantMembership,
  isAppError,
  newId,
  registerAiSystem,
  resolveUserContext,
  saveAnswers,
  startAssessment,
  submitAssessment,
  updateFeedbackChannel,
  updateTenantPolicy,
  type Deps,
  type EvidenceKind,
  type GovernanceDeps,
  type LifecycleGateway,
  type RequestContext,
  type TenantPolicyOverrides,
  type TenantRecord,
} from '@kizuna/domain';
import { provisionTenant } from '@kizuna/workflows/client';
import { createLifecycleGateway } from '@kizuna/workflows/lifecycle-gateway';
import type { Client } from '@temporalio/client';
import {
  DEFAULT_PROFILE,
  DEMO_SYSTEMS,
  ACME_TIER_OVERRIDES,
  type LifecycleDemo,
  LIFECYCLE_DEMOS,
  EVIDENCE_TITLES,
  ATTESTATION,
  FEEDBACK_INTRO,
} from './demo-content.js';
import { DEMO_TENANT_SLUG, DEMO_TENANTS, demoUsersFor } from './demo-users.js';

type SeedLog = (message: string) => void;

export type SeedOptions = {
  // The port to the lifecycle workflows; built from `client` when absent.
  lifecycle?: LifecycleGateway;
  // Defaults to process.env.NODE_ENV; the seed refuses production.
  nodeEnv?: string;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

// A workflow that did not answer in time is asked again with the same request id, which Temporal deduplicates.
const retrying = async <T>(fn: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= 5 || !isAppError(err) || err.code !== 'SERVICE_UNAVAILABLE') throw err;
      await sleep(2_000 * attempt);
    }
  }
};

const expectState = (name: string, live: { state: string }, wanted: string) => {
  if (live.state !== wanted) throw new Error(`${name}: the workflow is in ${live.state}, expected ${wanted}`);
};

const allSystems = async (deps: Deps, tenant: TenantRecord): Promise<TAiSystem[]> => {
  const systems: TAiSystem[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.runInTenant(tenant, (repos) =>
      repos.aiSystems.list({ kind: 'all' }, { limit: 200, cursor }),
    );
    systems.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return systems;
};

// Tighten-only merge: shorter cadences, larger quorums and more evidence win over what the tenant has.
const tightened = (current: TenantPolicyOverrides, wanted: TenantPolicyOverrides): TenantPolicyOverrides => {
  const next: TenantPolicyOverrides = { ...current };
  for (const tier of ['low', 'medium', 'high'] as const) {
    const want = wanted[tier];
    if (!want) continue;
    const have = current[tier] ?? {};
    const min = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
    const max = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
    const cadence = min(have.reviewCadenceDays, want.reviewCadenceDays);
    const quorum = max(have.quorum, want.quorum);
    const evidence = [...new Set([...(have.requiredEvidence ?? []), ...(want.requiredEvidence ?? [])])];
    next[tier] = {
      ...(cadence !== undefined && { reviewCadenceDays: cadence }),
      ...(quorum !== undefined && { quorum }),
      ...(evidence.length > 0 && { requiredEvidence: evidence }),
    };
  }
  return next;
};

// The tenant admin tightens the policy through its use-case (which audits the change), once.
// Acme publishes its feedback channel for a couple of its active systems; a channel already set up is left alone.
const openFeedbackChannel = async (deps: Deps, tenant: TenantRecord, admin: RequestContext, log: SeedLog) => {
  if ((await getFeedbackChannel(deps, admin)).enabled) return;
  const active = (await allSystems(deps, tenant)).filter((s) => s.lifecycleState === 'active').slice(0, 2);
  if (active.length === 0) return;
  await updateFeedbackChannel(deps, admin, {
    enabled: true,
    systemIds: active.map((s) => s.id),
    intro: { ja: FEEDBACK_INTRO.ja, en: FEEDBACK_INTRO.en },
  });
  log(`feedback channel open for ${active.map((s) => `"${s.name}"`).join(', ')}`);
};

const tightenPolicy = async (deps: Deps, admin: RequestContext, wanted: TenantPolicyOverrides, log: SeedLog) => {
  const { policy } = await getTenantPolicy(deps, admin);
  const current = policy.tierOverrides as TenantPolicyOverrides;
  const next = tightened(current, wanted);
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  await updateTenantPolicy(deps, admin, { tierOverrides: next });
  log(`tightened the tier rules of ${admin.tenant.slug}: ${JSON.stringify(next)}`);
};

type People = { admin: string; officer: string; owner: string; exec: string; exec2: string };

// Drives one system from nothing to its target state, as its owner and the executives would through the app.
const buildLifecycleDemo = async (
  deps: GovernanceDeps,
  tenant: TenantRecord,
  people: People,
  unitId: string,
  password: string,
  demo: LifecycleDemo,
): Promise<TAiSystem> => {
  const slug = slugOf(demo.name);
  const as = (userId: string, step: string): Promise<RequestContext> =>
    resolveUserContext(deps, { userId, tenantSlug: tenant.slug, requestId: `demo-seed:${slug}:${step}` });
  const profile = { ...DEFAULT_PROFILE, ...demo.profile };

  const { system } = await registerAiSystem(deps, await as(people.officer, 'register'), {
    name: demo.name,
    purpose: demo.purpose,
    businessUnitId: unitId,
    ownerId: people.owner,
    roles: [],
    profile,
    vendor: demo.vendor,
    modelName: demo.modelName,
    deploymentRegions: ['JP'],
  });
  if (demo.target === 'draft') return system;

  const owner = await as(people.owner, 'roles');
  await determineSystemRoles(deps, owner, system.id, demo.questionnaire);
  const started = await retrying(async () => startAssessment(deps, await as(people.owner, 'start'), system.id));
  expectState(demo.name, started, 'assessment');
  const assessmentId = started.assessmentId!;
  const assessment = await getAssessment(deps, owner, system.id, assessmentId);

  // An assessment in progress has the first half answered; a finished one every answer, with evidence of every
  // kind its requirements expect and its risk tier requires.
  const requirements =
    demo.answered === 'half'
      ? assessment.requirements.slice(0, Math.ceil(assessment.requirements.length / 2))
      : assessment.requirements;
  const tierRules = (await getTenantPolicy(deps, await as(people.admin, 'policy'))).effective;
  const kinds = new Set<EvidenceKind>([
    ...(requirements.flatMap((r) => r.expectedEvidence) as EvidenceKind[]),
    ...(demo.answered === 'half' ? [] : (tierRules[computeRiskTier(profile).tier].requiredEvidence as EvidenceKind[])),
  ]);
  const evidenceByKind = new Map<string, string>();
  for (const kind of kinds) {
    const evidence = await addEvidence(deps, await as(people.owner, `evidence-${kind}`), system.id, {
      kind,
      title: `${EVIDENCE_TITLES[kind]}: ${demo.name}`,
      url: `https://intranet.acme.example/ai-governance/${slug}/${kind.replaceAll('_', '-')}`,
    });
    evidenceByKind.set(kind, evidence.id);
  }

  const answers: Record<string, TAnswerInput> = {};
  let explained = false;
  for (const [i, r] of requirements.entries()) {
    const fitting = r.expectedEvidence.map((k) => evidenceByKind.get(k)).find(Boolean);
    if (demo.gap && i === 0) {
      answers[r.requirementId] = {
        answer: 'gap',
        remediation: 'Not in place yet: the data science team is adding it before the next model release.',
        ownerId: people.owner,
        dueDate: new Date(deps.now().getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
      };
    } else if (fitting) {
      answers[r.requirementId] = { answer: 'complies', evidenceIds: [fitting], note: 'See the attached record.' };
    } else if (!explained) {
      explained = true;
      answers[r.requirementId] = {
        answer: 'explains',
        rationale: 'We do not follow this point literally: the system is small and used by one team only.',
        compensatingMeasure: 'The team lead reviews a sample of outputs every month and reports to the officer.',
      };
    } else {
      answers[r.requirementId] = {
        answer: 'complies',
        evidenceIds: [],
        note: 'Covered by the Acme AI use policy and the team’s operating procedure.',
      };
    }
  }
  await saveAnswers(deps, await as(people.owner, 'answers'), { systemId: system.id, assessmentId, answers });
  if (demo.target === 'assessment') return system;

  const submitted = await retrying(async () =>
    submitAssessment(deps, await as(people.owner, 'submit'), system.id, assessmentId),
  );
  expectState(demo.name, submitted, 'signoff');
  if (demo.target === 'signoff') return system;

  // Approved by one executive (medium tier): outright, or with a condition due today that lapses at once.
  const decided = await retrying(async () =>
    decideSignOff(deps, await as(people.exec, 'decide'), {
      systemId: system.id,
      sessionAuthenticatedAt: null,
      request: {
        assessmentId,
        snapshotHash: submitted.snapshotHash!,
        attestation: ATTESTATION,
        password,
        ...(demo.target === 'suspended'
          ? {
              decision: 'approve_with_conditions' as const,
              conditions: [
                {
                  text: 'Publish the notice that replies are drafted with AI on the support portal before go-live.',
                  ownerId: people.owner,
                  dueDate: deps.now().toISOString().slice(0, 10),
                },
              ],
              comment: 'Approved on condition that customers are told.',
            }
          : { decision: 'approve' as const, conditions: [], comment: 'Approved.' }),
      },
    }),
  );
  expectState(demo.name, decided, 'active');
  if (demo.target === 'active') return system;

  // The condition's due timer fires at once and the workflow suspends the system; wait for the projection.
  for (let waited = 0; ; waited += 250) {
    const now = await deps.runInTenant(tenant, (repos) => repos.aiSystems.findById(system.id));
    if (now?.lifecycleState === 'suspended') return now;
    if (waited > 60_000) throw new Error(`${demo.name}: the lapsed condition did not suspend it within 60 s`);
    await sleep(250);
  }
};

// Idempotent: a second `npm start` finds everything in place and adds nothing. Never in production. Systems are matched by name and
// left alone whatever state they are in now.
export const seedDemoData = async (
  deps: Deps,
  client: Client,
  password: string,
  log: SeedLog,
  options: SeedOptions = {},
): Promise<void> => {
  // Demo people log in with a published password: they must never exist in production, whoever calls this.
  if ((options.nodeEnv ?? process.env.NODE_ENV) === 'production')
    throw new Error('refusing to seed demo tenants and people in production');
  const gov: GovernanceDeps = { ...deps, lifecycle: options.lifecycle ?? createLifecycleGateway(client) };
  for (const demo of DEMO_TENANTS) {
    const existing = await deps.control.tenants.findBySlug(demo.slug);
    const tenant = existing?.status === 'active' ? existing : (await provisionTenant(client, deps, demo)).tenant;
    if (existing?.status !== 'active') log(`provisioned tenant ${demo.slug}`);

    const units = await deps.runInTenant(tenant, (repos) => repos.businessUnits.list());
    let unitId = units[0]?.id;
    if (!unitId) {
      unitId = newId();
      await deps.runInTenant(tenant, (repos) => repos.businessUnits.insert({ id: unitId!, name: 'Digital Services' }));
    }

    const people = new Map<string, string>();
    for (const person of demoUsersFor(demo.slug)) {
      const user = await ensureUser(deps, { email: person.email, displayName: person.name, password, locale: 'ja' });
      people.set(person.role === 'executive' && people.has('executive') ? 'executive2' : person.role, user.id);
      const membership = await deps.control.users.findMembership(tenant.id, user.id);
      if (!membership) {
        await grantMembership(deps, {
          tenantId: tenant.id,
          userId: user.id,
          roles: [person.role],
          businessUnitIds: person.role === 'system_owner' ? [unitId] : [],
        });
      }
    }

    const officer = await resolveUserContext(deps, {
      userId: people.get('governance_officer')!,
      tenantSlug: demo.slug,
      requestId: 'demo-seed',
    });
    const byName = new Map((await allSystems(deps, tenant)).map((s) => [s.name, s]));
    let added = 0;
    for (const system of DEMO_SYSTEMS) {
      const name = `${system.name}${demo.slug === 'globex' ? ' (Globex)' : ''}`;
      if (byName.has(name)) continue;
      await registerAiSystem(gov, officer, {
        ...system,
        name,
        businessUnitId: unitId,
        ownerId: people.get('system_owner')!,
        profile: { ...DEFAULT_PROFILE, ...system.profile },
      });
      added += 1;
    }
    if (added) log(`seeded ${added} AI systems in ${demo.slug}`);
    if (demo.slug !== DEMO_TENANT_SLUG) continue;

    const admin = await resolveUserContext(deps, {
      userId: people.get('tenant_admin')!,
      tenantSlug: demo.slug,
      requestId: 'demo-seed:policy',
    });
    await tightenPolicy(deps, admin, ACME_TIER_OVERRIDES, log);
    const cast: People = {
      admin: people.get('tenant_admin')!,
      officer: people.get('governance_officer')!,
      owner: people.get('system_owner')!,
      exec: people.get('executive')!,
      exec2: people.get('executive2')!,
    };
    for (const lifecycleDemo of LIFECYCLE_DEMOS) {
      const found = byName.get(lifecycleDemo.name);
      if (found) {
        if (found.lifecycleState !== lifecycleDemo.target) {
          log(`"${found.name}" exists and is ${found.lifecycleState}; left as it is`);
        }
        continue;
      }
      const started = Date.now();
      const built = await buildLifecycleDemo(gov, tenant, cast, unitId, password, lifecycleDemo).catch((err) => {
        throw new Error(`seeding "${lifecycleDemo.name}" failed: ${(err as Error).message}`, { cause: err });
      });
      const reread = await deps.runInTenant(tenant, (repos) => repos.aiSystems.findById(built.id));
      log(
        `"${lifecycleDemo.name}" is ${reread?.lifecycleState ?? '?'}${reread?.riskTier ? ` (${reread.riskTier} tier)` : ''} after ${Date.now() - started} ms`,
      );
    }
    await openFeedbackChannel(deps, tenant, admin, log);
  }
};

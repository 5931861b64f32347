import { createAiSystem, ensureUser, grantMembership, newId, resolveUserContext, type Deps } from '@kizuna/domain';
import { provisionTenant } from '@kizuna/workflows/client';
import type { Client } from '@temporalio/client';
import { DEMO_TENANTS, demoUsersFor } from './demo-users.js';

type SeedLog = (message: string) => void;

const DEFAULT_PROFILE = {
  usesPersonalData: false,
  usesSensitiveData: false,
  generativeAi: false,
  publicFacing: false,
  automatedDecisions: false,
  euExposure: false,
  advancedModel: false,
  sector: 'general' as const,
  prohibitedPractice: 'none' as const,
};

const DEMO_SYSTEMS = [
  {
    name: 'Customer support chatbot',
    purpose: 'Answers customer questions on the website with a generative model, handing over to staff when unsure.',
    roles: ['business_user' as const],
    profile: { usesPersonalData: true, generativeAi: true, publicFacing: true },
    vendor: 'OpenAI',
    modelName: 'gpt-4o',
    deploymentRegions: ['JP'],
  },
  {
    name: 'Loan pre-screening model',
    purpose: 'Scores consumer loan applications before a credit officer reviews them.',
    roles: ['developer' as const, 'provider' as const],
    profile: { usesPersonalData: true, automatedDecisions: true, sector: 'finance' as const },
    vendor: null,
    modelName: 'in-house gradient boosting',
    deploymentRegions: ['JP'],
  },
  {
    name: 'CV screening assistant',
    purpose: 'Ranks job applications for recruiters; used for roles in Japan and the EU.',
    roles: ['business_user' as const],
    profile: { usesPersonalData: true, automatedDecisions: true, euExposure: true, sector: 'employment' as const },
    vendor: 'HR SaaS vendor',
    modelName: null,
    deploymentRegions: ['JP', 'EU'],
  },
];

// Idempotent: a second `npm start` finds everything in place and adds nothing.
export const seedDemoData = async (deps: Deps, client: Client, password: string, log: SeedLog): Promise<void> => {
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
      requestId: 'seed',
    });
    const current = await deps.runInTenant(tenant, (repos) => repos.aiSystems.list({ kind: 'all' }, { limit: 1 }));
    if (current.items.length > 0) continue;
    for (const system of DEMO_SYSTEMS) {
      await createAiSystem(deps, officer, {
        ...system,
        name: `${system.name}${demo.slug === 'globex' ? ' (Globex)' : ''}`,
        businessUnitId: unitId,
        ownerId: people.get('system_owner')!,
        profile: { ...DEFAULT_PROFILE, ...system.profile },
      });
    }
    log(`seeded ${DEMO_SYSTEMS.length} AI systems in ${demo.slug}`);
  }
};

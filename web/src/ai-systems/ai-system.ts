import type { TAiSystem, TCreateAiSystem } from '@kizuna/contracts';

// Types come from @kizuna/contracts (type-only, so zod stays out of the bundle); the value lists the UI
// iterates over are restated here and checked against those types at compile time.

export type AiSystem = TAiSystem;
export type LifecycleState = AiSystem['lifecycleState'];
export type SystemRole = AiSystem['roles'][number];
export type SystemProfile = AiSystem['profile'];
export type Sector = SystemProfile['sector'];
export type RiskTier = NonNullable<AiSystem['riskTier']>;
export type ProfileFlag = {
  [K in keyof SystemProfile]: SystemProfile[K] extends boolean ? K : never;
}[keyof SystemProfile];

/** Returns the list unchanged, but fails to compile when it misses a member of the union it should cover. */
export function listEvery<Union>() {
  return <const List extends readonly Union[]>(
    list: List & ([Exclude<Union, List[number]>] extends [never] ? unknown : never),
  ): List => list;
}

export const LIFECYCLE_STATES = listEvery<LifecycleState>()([
  'draft',
  'assessment',
  'signoff',
  'active',
  'review',
  'suspended',
  'retired',
]);
export const SYSTEM_ROLES = listEvery<SystemRole>()(['developer', 'provider', 'business_user']);
export const SECTORS = listEvery<Sector>()([
  'general',
  'medical',
  'finance',
  'mobility',
  'employment',
  'education',
  'public',
]);
export const PROFILE_FLAGS = listEvery<ProfileFlag>()([
  'usesPersonalData',
  'usesSensitiveData',
  'generativeAi',
  'publicFacing',
  'automatedDecisions',
  'euExposure',
  'advancedModel',
]);

/** The fields a person edits here; lifecycle, tier and version are owned by workflows and the server. */
export type AiSystemInput = Required<
  Pick<TCreateAiSystem, 'name' | 'purpose' | 'vendor' | 'modelName' | 'deploymentRegions' | 'profile' | 'roles'>
>;

export function createEmptyProfile(): SystemProfile {
  return {
    usesPersonalData: false,
    usesSensitiveData: false,
    generativeAi: false,
    publicFacing: false,
    automatedDecisions: false,
    euExposure: false,
    advancedModel: false,
    sector: 'general',
    prohibitedPractice: 'none',
  };
}

export function toAiSystemInput(system: AiSystem): AiSystemInput {
  return {
    name: system.name,
    purpose: system.purpose,
    vendor: system.vendor,
    modelName: system.modelName,
    deploymentRegions: system.deploymentRegions,
    roles: system.roles,
    profile: system.profile,
  };
}

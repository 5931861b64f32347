import { z } from 'zod';
import { ZDateTime, ZUuid, zText } from './common.js';

export const LIFECYCLE_STATES = ['draft', 'assessment', 'signoff', 'active', 'review', 'suspended', 'retired'] as const;
export const AI_ROLES = ['developer', 'provider', 'business_user'] as const;
export const SECTORS = ['general', 'medical', 'finance', 'mobility', 'employment', 'education', 'public'] as const;
export const RISK_TIERS = ['low', 'medium', 'high'] as const;
// EU AI Act Art. 5 practices; anything but 'none' raises the prohibited-use flag.
export const PROHIBITED_PRACTICES = [
  'none',
  'manipulation',
  'exploiting_vulnerabilities',
  'social_scoring',
  'predictive_policing_profiling',
  'untargeted_face_scraping',
  'emotion_recognition_work_education',
  'biometric_categorisation_sensitive',
  'realtime_remote_biometric_id',
] as const;

export const ZAiSystemProfile = z
  .object({
    usesPersonalData: z.boolean().default(false),
    usesSensitiveData: z.boolean().default(false),
    generativeAi: z.boolean().default(false),
    publicFacing: z.boolean().default(false),
    automatedDecisions: z.boolean().default(false),
    euExposure: z.boolean().default(false),
    advancedModel: z.boolean().default(false),
    sector: z.enum(SECTORS).default('general'),
    prohibitedPractice: z.enum(PROHIBITED_PRACTICES).default('none'),
  })
  .strict()
  .meta({ id: 'AiSystemProfile' });
export type TAiSystemProfile = z.infer<typeof ZAiSystemProfile>;

// A change names only the fields it changes: without defaults, which would reset every field left out (a material
// change the caller never asked for).
const ZAiSystemProfileChange = z
  .object({
    usesPersonalData: z.boolean(),
    usesSensitiveData: z.boolean(),
    generativeAi: z.boolean(),
    publicFacing: z.boolean(),
    automatedDecisions: z.boolean(),
    euExposure: z.boolean(),
    advancedModel: z.boolean(),
    sector: z.enum(SECTORS),
    prohibitedPractice: z.enum(PROHIBITED_PRACTICES),
  })
  .partial()
  .strict() satisfies z.ZodType<Partial<TAiSystemProfile>>;

const ZRegion = z
  .string()
  .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code')
  .or(z.literal('EU'));

export const ZCreateAiSystem = z
  .object({
    name: zText(200),
    purpose: zText(4000),
    businessUnitId: ZUuid.nullable().optional(),
    ownerId: ZUuid.nullable().optional(),
    roles: z.array(z.enum(AI_ROLES)).max(3).default([]),
    profile: ZAiSystemProfile.default(ZAiSystemProfile.parse({})),
    vendor: zText(200).nullable().optional(),
    modelName: zText(200).nullable().optional(),
    deploymentRegions: z.array(ZRegion).max(50).default([]),
  })
  .strict()
  .meta({ id: 'CreateAiSystem' });
export type TCreateAiSystem = z.infer<typeof ZCreateAiSystem>;

export const ZUpdateAiSystem = z
  .object({
    name: zText(200),
    purpose: zText(4000),
    businessUnitId: ZUuid.nullable(),
    ownerId: ZUuid.nullable(),
    roles: z.array(z.enum(AI_ROLES)).max(3),
    profile: ZAiSystemProfileChange,
    vendor: zText(200).nullable(),
    modelName: zText(200).nullable(),
    deploymentRegions: z.array(ZRegion).max(50),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'at least one field to change')
  .meta({ id: 'UpdateAiSystem' });
export type TUpdateAiSystem = z.infer<typeof ZUpdateAiSystem>;

export const ZAiSystem = z
  .object({
    id: ZUuid,
    name: z.string(),
    purpose: z.string(),
    businessUnitId: ZUuid.nullable(),
    ownerId: ZUuid.nullable(),
    lifecycleState: z.enum(LIFECYCLE_STATES),
    roles: z.array(z.enum(AI_ROLES)),
    profile: ZAiSystemProfile,
    vendor: z.string().nullable(),
    modelName: z.string().nullable(),
    deploymentRegions: z.array(z.string()),
    riskTier: z.enum(RISK_TIERS).nullable(),
    version: z.number().int(),
    createdAt: ZDateTime,
    updatedAt: ZDateTime,
  })
  .meta({ id: 'AiSystem' });
export type TAiSystem = z.infer<typeof ZAiSystem>;

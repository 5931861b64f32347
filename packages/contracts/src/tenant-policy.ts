import { z } from 'zod';
import { EVIDENCE_KINDS } from './governance.js';

const ZTierOverride = z
  .object({
    quorum: z.number().int().min(1).max(10).optional(),
    reviewCadenceDays: z.number().int().min(1).max(3650).optional(),
    requiredEvidence: z.array(z.enum(EVIDENCE_KINDS)).max(EVIDENCE_KINDS.length).optional(),
  })
  .strict();

// The product's defaults for the sign-off and condition rhythm. A tenant may only tighten them: remind and
// escalate sooner, remind of a condition earlier, never stop suspending on a lapsed condition.
export const TENANT_POLICY_DEFAULTS = {
  signoffReminderDays: 2,
  escalationDays: 5,
  conditionReminderDays: 7,
  suspendOnLapsedCondition: true,
  // Incidents (issue 7): the target day inside the APPI preliminary report's 3–5-day guidance window, and the days
  // before each regulatory deadline that a reminder goes out.
  incidentPreliminaryTargetDays: 3,
  incidentReminderDays: [3, 1] as readonly number[],
} as const;

const ZTierOverrides = z
  .object({ high: ZTierOverride.optional(), medium: ZTierOverride.optional(), low: ZTierOverride.optional() })
  .strict();
const ZSignoffReminderDays = z.number().int().min(1).max(30);
const ZEscalationDays = z.number().int().min(1).max(60);
const ZConditionReminderDays = z.number().int().min(1).max(60);
const ZIncidentPreliminaryTargetDays = z.number().int().min(3).max(5);
const ZIncidentReminderDays = z
  .array(z.number().int().min(1).max(30))
  .min(1)
  .max(5)
  .refine((days) => new Set(days).size === days.length, 'must not repeat a day');

// A tenant's governance policy. Every setting may only tighten the product defaults (checked in the domain, which
// names the field that would loosen them).
export const ZTenantPolicy = z
  .object({
    tierOverrides: ZTierOverrides.default({}),
    signoffReminderDays: ZSignoffReminderDays.default(TENANT_POLICY_DEFAULTS.signoffReminderDays),
    escalationDays: ZEscalationDays.default(TENANT_POLICY_DEFAULTS.escalationDays),
    conditionReminderDays: ZConditionReminderDays.default(TENANT_POLICY_DEFAULTS.conditionReminderDays),
    suspendOnLapsedCondition: z.boolean().default(TENANT_POLICY_DEFAULTS.suspendOnLapsedCondition),
    incidentPreliminaryTargetDays: ZIncidentPreliminaryTargetDays.default(
      TENANT_POLICY_DEFAULTS.incidentPreliminaryTargetDays,
    ),
    incidentReminderDays: ZIncidentReminderDays.default([...TENANT_POLICY_DEFAULTS.incidentReminderDays]),
    // Who may not sign an assessment besides its submitter. Tighten-only: the first two stay on (the domain refuses
    // switching them off); a tenant may also exclude whoever added the system's evidence.
    segregationOfDuties: z
      .object({
        excludeSystemOwner: z.boolean().default(true),
        excludeAnswerers: z.boolean().default(true),
        excludeEvidenceContributors: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
  })
  .meta({ id: 'TenantPolicy' });
export type TTenantPolicy = z.infer<typeof ZTenantPolicy>;

// A change names only what it changes: no defaults here, or a PATCH of one field would reset every other one (and
// so loosen what a tenant had tightened). `tierOverrides` is replaced as a whole; `segregationOfDuties` is merged.
export const ZTenantPolicyUpdate = z
  .object({
    tierOverrides: ZTierOverrides,
    signoffReminderDays: ZSignoffReminderDays,
    escalationDays: ZEscalationDays,
    conditionReminderDays: ZConditionReminderDays,
    suspendOnLapsedCondition: z.boolean(),
    incidentPreliminaryTargetDays: ZIncidentPreliminaryTargetDays,
    incidentReminderDays: ZIncidentReminderDays,
    segregationOfDuties: z
      .object({
        excludeSystemOwner: z.boolean(),
        excludeAnswerers: z.boolean(),
        excludeEvidenceContributors: z.boolean(),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict()
  .meta({ id: 'TenantPolicyUpdate' });
export type TTenantPolicyUpdate = z.infer<typeof ZTenantPolicyUpdate>;

const ZEffectiveTier = z.object({
  approverRole: z.string(),
  quorum: z.number().int(),
  reviewCadenceDays: z.number().int(),
  requiredEvidence: z.array(z.string()),
});

export const ZTenantPolicyView = z
  .object({
    policy: ZTenantPolicy,
    effective: z.object({ high: ZEffectiveTier, medium: ZEffectiveTier, low: ZEffectiveTier }),
  })
  .meta({ id: 'TenantPolicyView' });

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
} as const;

// A tenant's governance policy. Every setting may only tighten the product defaults (checked in the domain, which
// names the field that would loosen them).
export const ZTenantPolicy = z
  .object({
    tierOverrides: z
      .object({ high: ZTierOverride.optional(), medium: ZTierOverride.optional(), low: ZTierOverride.optional() })
      .strict()
      .default({}),
    signoffReminderDays: z.number().int().min(1).max(30).default(TENANT_POLICY_DEFAULTS.signoffReminderDays),
    escalationDays: z.number().int().min(1).max(60).default(TENANT_POLICY_DEFAULTS.escalationDays),
    conditionReminderDays: z.number().int().min(1).max(60).default(TENANT_POLICY_DEFAULTS.conditionReminderDays),
    suspendOnLapsedCondition: z.boolean().default(TENANT_POLICY_DEFAULTS.suspendOnLapsedCondition),
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

export const ZTenantPolicyUpdate = ZTenantPolicy.partial().strict().meta({ id: 'TenantPolicyUpdate' });

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

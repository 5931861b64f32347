import type { ApproverRole } from '@kizuna/authz';
import type { RiskTier } from './compute-risk-tier.js';

export type EvidenceKind =
  | 'model_card'
  | 'bias_test'
  | 'safety_test'
  | 'user_notice'
  | 'feedback_channel'
  | 'incident_procedure'
  | 'dpia'
  | 'contract'
  | 'other';

export type TierPolicy = {
  approverRole: ApproverRole;
  quorum: number;
  requiredEvidence: EvidenceKind[];
  reviewCadenceDays: number;
};

export type TenantPolicyOverrides = Partial<
  Record<RiskTier, { quorum?: number; reviewCadenceDays?: number; requiredEvidence?: EvidenceKind[] }>
>;

// DESIGN §3 defaults. A tenant may tighten them (more approvers, shorter cadence, more evidence), never loosen.
export const DEFAULT_TIER_POLICY: Record<RiskTier, TierPolicy> = {
  high: {
    approverRole: 'executive',
    quorum: 2,
    requiredEvidence: ['model_card', 'bias_test', 'safety_test', 'user_notice', 'incident_procedure'],
    reviewCadenceDays: 90,
  },
  medium: {
    approverRole: 'executive',
    quorum: 1,
    requiredEvidence: ['model_card', 'user_notice'],
    reviewCadenceDays: 180,
  },
  low: { approverRole: 'governance_officer', quorum: 1, requiredEvidence: [], reviewCadenceDays: 365 },
};

/** Who approves a tier: the one place this rule is computed (a tenant's policy cannot change it). */
export const approverRoleFor = (tier: RiskTier): ApproverRole => DEFAULT_TIER_POLICY[tier].approverRole;

export const resolveTierPolicy = (tier: RiskTier, overrides: TenantPolicyOverrides = {}): TierPolicy => {
  const base = DEFAULT_TIER_POLICY[tier];
  const o = overrides[tier] ?? {};
  return {
    approverRole: approverRoleFor(tier),
    quorum: Math.max(base.quorum, Math.floor(o.quorum ?? 0)),
    reviewCadenceDays: Math.min(
      base.reviewCadenceDays,
      o.reviewCadenceDays && o.reviewCadenceDays > 0 ? Math.floor(o.reviewCadenceDays) : Infinity,
    ),
    requiredEvidence: [...new Set([...base.requiredEvidence, ...(o.requiredEvidence ?? [])])],
  };
};

import type { TTenantPolicy } from '@kizuna/contracts';
import { RISK_TIERS } from './compute-risk-tier.js';
import { resolveTierPolicy } from './resolve-tier-policy.js';

// The stored policy and, per tier, the policy that applies once the defaults are merged in.
export const toTenantPolicyView = (policy: TTenantPolicy) => ({
  policy,
  effective: Object.fromEntries(RISK_TIERS.map((t) => [t, resolveTierPolicy(t, policy.tierOverrides)])) as Record<
    (typeof RISK_TIERS)[number],
    ReturnType<typeof resolveTierPolicy>
  >,
});

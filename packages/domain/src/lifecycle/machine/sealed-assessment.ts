import type { TRiskAssessment } from '@kizuna/contracts';
import type { ApproverPolicy, ExcludedSigner, LifecycleTiming } from './lifecycle-model.js';

/** What sealing an assessment for sign-off yields: its hash, its tier, and the policy the sign-off runs under. */
export type SealedAssessment = {
  snapshotHash: string;
  tier: TRiskAssessment['tier'];
  risk: TRiskAssessment;
  policy: ApproverPolicy;
  /** The tenant's reminder and escalation rhythm for this sign-off and its conditions. */
  timing: Omit<LifecycleTiming, 'dayMs'>;
  /** Who may not sign it besides the submitter (absent in results recorded before the rule). */
  excludedSigners?: ExcludedSigner[];
};

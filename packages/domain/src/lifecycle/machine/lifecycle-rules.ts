// Rules added to the lifecycle after runs of it were recorded. The workflow turns each on through `patched()` where it
// applies, so a recorded history replays under the rules it ran with; everything else (the API's validation, unit
// tests) gets the current rules.
export type LifecycleRules = {
  /** Closing a condition needs evidence, and someone other than the person it binds to confirm it. */
  conditionConfirmation: boolean;
  /** A review that opens tells the governance officers. */
  reviewNotice: boolean;
};

export const CURRENT_RULES: LifecycleRules = { conditionConfirmation: true, reviewNotice: true };

export const rulesOf = (rules: Partial<LifecycleRules> | undefined): LifecycleRules => ({ ...CURRENT_RULES, ...rules });

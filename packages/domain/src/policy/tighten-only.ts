import { TENANT_POLICY_DEFAULTS, type TTenantPolicy } from '@kizuna/contracts';
import type { FieldError } from '../errors/app-error.js';
import { RISK_TIERS } from './compute-risk-tier.js';
import { DEFAULT_TIER_POLICY } from './resolve-tier-policy.js';

type TimingField = 'signoffReminderDays' | 'escalationDays' | 'conditionReminderDays';

// Which way is tighter for each day count: remind and escalate a sign-off sooner (fewer days after submission),
// remind of a condition earlier (more days before it is due).
const TIMING: { field: TimingField; tighter: 'fewer' | 'more' }[] = [
  { field: 'signoffReminderDays', tighter: 'fewer' },
  { field: 'escalationDays', tighter: 'fewer' },
  { field: 'conditionReminderDays', tighter: 'more' },
];

const loosensReminders = (days: readonly number[]): boolean => {
  const base = TENANT_POLICY_DEFAULTS.incidentReminderDays;
  return days.length < base.length || Math.max(...days) < Math.max(...base);
};

// Every setting that would loosen the product defaults, each named by its path in the policy.
export const findLoosening = (policy: TTenantPolicy): FieldError[] => {
  const errors: FieldError[] = RISK_TIERS.flatMap((tier) => {
    const o = policy.tierOverrides[tier];
    const base = DEFAULT_TIER_POLICY[tier];
    const found: FieldError[] = [];
    if (o?.quorum !== undefined && o.quorum < base.quorum) {
      found.push({ path: `tierOverrides.${tier}.quorum`, message: `may not be below the default of ${base.quorum}` });
    }
    if (o?.reviewCadenceDays !== undefined && o.reviewCadenceDays > base.reviewCadenceDays) {
      found.push({
        path: `tierOverrides.${tier}.reviewCadenceDays`,
        message: `may not exceed the default of ${base.reviewCadenceDays} days`,
      });
    }
    // requiredEvidence only ever adds to the defaults (resolveTierPolicy takes the union), so it cannot loosen.
    return found;
  });
  for (const { field, tighter } of TIMING) {
    const value = policy[field];
    const base = TENANT_POLICY_DEFAULTS[field];
    if (tighter === 'fewer' && value > base)
      errors.push({ path: field, message: `may not exceed the default of ${base} days` });
    if (tighter === 'more' && value < base)
      errors.push({ path: field, message: `may not be below the default of ${base} days` });
  }
  // Who may not sign besides the submitter: the owner and the answerers always; a tenant may add more, never fewer.
  for (const field of ['excludeSystemOwner', 'excludeAnswerers'] as const) {
    if (!policy.segregationOfDuties[field])
      errors.push({ path: `segregationOfDuties.${field}`, message: 'may not be switched off' });
  }
  // Incidents: a later preliminary target is looser; so are fewer reminders, or a first one later than the default's.
  const target = TENANT_POLICY_DEFAULTS.incidentPreliminaryTargetDays;
  if (policy.incidentPreliminaryTargetDays > target)
    errors.push({ path: 'incidentPreliminaryTargetDays', message: `may not exceed the default of ${target} days` });
  if (loosensReminders(policy.incidentReminderDays)) {
    const base = TENANT_POLICY_DEFAULTS.incidentReminderDays;
    errors.push({
      path: 'incidentReminderDays',
      message: `needs at least ${base.length} reminders, the first at least ${Math.max(...base)} days before`,
    });
  }
  if (!policy.suspendOnLapsedCondition) {
    errors.push({
      path: 'suspendOnLapsedCondition',
      message: 'may not be switched off: a lapsed condition always suspends the system',
    });
  }
  return errors;
};

// A policy stored before these checks may still loosen a default: what applies is never looser than the default.
export const tightenToDefaults = (policy: TTenantPolicy): TTenantPolicy => {
  const timing = Object.fromEntries(
    TIMING.map(({ field, tighter }) => {
      const base = TENANT_POLICY_DEFAULTS[field];
      return [field, tighter === 'fewer' ? Math.min(policy[field], base) : Math.max(policy[field], base)];
    }),
  ) as Pick<TTenantPolicy, TimingField>;
  const tierOverrides: TTenantPolicy['tierOverrides'] = {};
  for (const tier of RISK_TIERS) {
    const o = policy.tierOverrides[tier];
    if (!o) continue;
    const base = DEFAULT_TIER_POLICY[tier];
    const { quorum, reviewCadenceDays, ...rest } = o;
    tierOverrides[tier] = {
      ...rest,
      ...(quorum !== undefined && quorum >= base.quorum && { quorum }),
      ...(reviewCadenceDays !== undefined && reviewCadenceDays <= base.reviewCadenceDays && { reviewCadenceDays }),
    };
  }
  const segregationOfDuties = { ...policy.segregationOfDuties, excludeSystemOwner: true, excludeAnswerers: true };
  const incidents = {
    incidentPreliminaryTargetDays: Math.min(
      policy.incidentPreliminaryTargetDays,
      TENANT_POLICY_DEFAULTS.incidentPreliminaryTargetDays,
    ),
    incidentReminderDays: loosensReminders(policy.incidentReminderDays)
      ? [...TENANT_POLICY_DEFAULTS.incidentReminderDays]
      : policy.incidentReminderDays,
  };
  return { ...policy, tierOverrides, ...timing, ...incidents, suspendOnLapsedCondition: true, segregationOfDuties };
};

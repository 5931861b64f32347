import { getRequirement, type TRequirement } from '@kizuna/catalog';

// The breach rule whose clocks incidents run (APPI Art. 26 with PPC Rules Art. 7), as catalog data.
export const INCIDENT_RULE_ID = 'appi:art26';

export const incidentRule = (): TRequirement => {
  const rule = getRequirement(INCIDENT_RULE_ID);
  if (!rule) throw new Error(`catalog rule ${INCIDENT_RULE_ID} is missing`);
  return rule;
};

// The target inside the 3–5-day guidance window of the preliminary report: the earliest day, the safe end. The
// tenant policy's incidentPreliminaryTargetDays is tighten-only from this same default, so no tenant can store another
// value and the clocks need not read it; should the rule ever allow later targets, read the policy here.
export const preliminaryTargetDaysOf = (_tenantId: string): number => 3;

import { getRequirement, type TRequirement } from '@kizuna/catalog';

// The breach rule whose clocks incidents run (APPI Art. 26 with PPC Rules Art. 7), as catalog data.
export const INCIDENT_RULE_ID = 'appi:art26';

export const incidentRule = (): TRequirement => {
  const rule = getRequirement(INCIDENT_RULE_ID);
  if (!rule) throw new Error(`catalog rule ${INCIDENT_RULE_ID} is missing`);
  return rule;
};

// The tenant's target inside the 3–5-day guidance window of the preliminary report. A tenant-policy setting later;
// until then every tenant gets the earliest day, the safe end of the window.
export const preliminaryTargetDaysOf = (_tenantId: string): number => 3;

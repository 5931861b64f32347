import type { TRequirement } from '@kizuna/catalog';

/** What an incident tells about personal data; the names are the API's (integrators depend on them). */
export type IncidentPersonalData = {
  affectedCount: number | null;
  affectedCountEstimated: boolean;
  sensitive: boolean;
  financialLossRisk: boolean;
  wrongfulPurpose: boolean;
  highlyEncrypted: boolean;
  /** The controller's name when the business handles the data as a processor for it. */
  processorFor: string | null;
};

export type IncidentTrigger = NonNullable<TRequirement['reportableWhen']>[number];
export type IncidentExemption = NonNullable<TRequirement['exemptWhen']>[number];

export type Reportability = {
  reportable: boolean;
  /** The triggers of the rule the facts meet, in the rule's order: the "why" shown to the user. */
  basis: IncidentTrigger[];
  /** Set when the facts meet a trigger but an exemption of the rule takes the incident out of it. */
  exemption: IncidentExemption | null;
};

const meets = (trigger: IncidentTrigger, facts: IncidentPersonalData, threshold: number): boolean => {
  switch (trigger) {
    case 'sensitive_data':
      return facts.sensitive;
    case 'financial_loss_risk':
      return facts.financialLossRisk;
    case 'wrongful_purpose':
      return facts.wrongfulPurpose;
    case 'over_1000_people':
      // "More than": the threshold itself is not enough. An estimate counts like a count.
      return facts.affectedCount !== null && facts.affectedCount > threshold;
  }
};

/** Whether a breach rule of the catalog (e.g. APPI Art. 26 with PPC Rules Art. 7) makes the incident reportable. */
export const determineReportability = (rule: TRequirement, facts: IncidentPersonalData): Reportability => {
  const threshold = rule.peopleThreshold ?? 1000;
  const basis = (rule.reportableWhen ?? []).filter((trigger) => meets(trigger, facts, threshold));
  const exemption = (rule.exemptWhen ?? []).find((e) => e === 'highly_encrypted' && facts.highlyEncrypted) ?? null;
  return { reportable: basis.length > 0 && exemption === null, basis, exemption };
};

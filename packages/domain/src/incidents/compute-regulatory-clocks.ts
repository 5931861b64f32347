import type { TDeadline, TRequirement } from '@kizuna/catalog';
import { determineReportability, type IncidentPersonalData, type Reportability } from './determine-reportability.js';
import { JAPANESE_PERIOD_BASIS, endOfJapanesePeriod } from './japanese-period.js';

export type RegulatoryClock = {
  kind: TDeadline['kind'];
  ruleId: string;
  recipient: TDeadline['recipient'];
  nature: TDeadline['nature'];
  /** The last moment (ISO 8601 with the Tokyo offset); null for a bare "promptly", which has no day to count. */
  dueAt: string | null;
  /** The Tokyo calendar date of dueAt. */
  dueDate: string | null;
  /** For guidance clocks: the window the guidance gives, of which dueAt is the tenant's chosen target. */
  guidanceDays: { min: number; max: number } | null;
  status: 'open' | 'overdue' | 'filed';
  /** Why the clock runs: the triggers the facts met, and the counting rule. */
  basis: { triggers: Reportability['basis']; counting: string | null };
  label: TDeadline['label'];
  /** When the report this clock asks for was filed, and the filing; null while it is not (see incident-view.ts). */
  filedAt: string | null;
  filingId: string | null;
};

export type ClockInput = {
  rule: TRequirement;
  facts: IncidentPersonalData;
  /** When the business became aware of the incident: every clock runs from here. */
  awareAt: string;
  now: Date;
  /** The tenant's target for a guidance window (days after awareness), kept inside the window. */
  guidanceTargetDays?: number;
};

const holds = (deadline: TDeadline, facts: IncidentPersonalData, basis: Reportability['basis']): boolean => {
  const isProcessor = facts.processorFor !== null;
  if (deadline.holder === 'processor' && !isProcessor) return false;
  if (deadline.holder === 'controller' && isProcessor) return false;
  return deadline.onlyWhen === undefined || basis.includes(deadline.onlyWhen);
};

/**
 * The regulatory clocks an incident starts under a catalog rule, from its facts: none unless it is reportable;
 * a clock whose condition holds replaces the one it names (60 days instead of 30 for a possible wrongful purpose).
 */
export const computeRegulatoryClocks = (
  input: ClockInput,
): { reportability: Reportability; clocks: RegulatoryClock[] } => {
  const reportability = determineReportability(input.rule, input.facts);
  if (!reportability.reportable) return { reportability, clocks: [] };
  const applicable = (input.rule.deadlines ?? []).filter((d) => holds(d, input.facts, reportability.basis));
  const replaced = new Set(applicable.flatMap((d) => (d.replaces ? [d.replaces] : [])));
  const start = Date.parse(input.awareAt);
  const clocks = applicable
    .filter((d) => !replaced.has(d.id))
    .map((d): RegulatoryClock => {
      const window = d.nature === 'guidance' && d.days ? { min: d.minDays ?? d.days, max: d.days } : null;
      const days = window
        ? Math.min(window.max, Math.max(window.min, input.guidanceTargetDays ?? window.min))
        : (d.days ?? null);
      const end = days === null ? null : endOfJapanesePeriod(start, days);
      return {
        kind: d.kind,
        ruleId: d.id,
        recipient: d.recipient,
        nature: d.nature,
        dueAt: end?.dueAt ?? null,
        dueDate: end?.dueDate ?? null,
        guidanceDays: window,
        status: end && Date.parse(end.dueAt) < input.now.getTime() ? 'overdue' : 'open',
        basis: { triggers: reportability.basis, counting: end ? JAPANESE_PERIOD_BASIS : null },
        label: d.label,
        filedAt: null,
        filingId: null,
      };
    });
  return { reportability, clocks };
};

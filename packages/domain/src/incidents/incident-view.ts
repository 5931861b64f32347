import type { TIncident, TIncidentSummary, TRegulatoryClock, TTimelineEntry } from '@kizuna/contracts';
import { computeRegulatoryClocks } from './compute-regulatory-clocks.js';
import { INCIDENT_RULE_ID, incidentRule, preliminaryTargetDaysOf } from './incident-clock-policy.js';
import type { FiledClock, IncidentFacts, IncidentRecord } from './incident-ports.js';

export type ClockResult = { reportability: TIncidentSummary['reportability']; clocks: TRegulatoryClock[] };

/** Reportability and clocks of a set of facts at `now`; none when the incident tells nothing about personal data. */
export const computeIncidentClocks = (
  facts: Pick<IncidentFacts, 'personalData' | 'awareAt'> & { filedClocks?: FiledClock[] },
  tenantId: string,
  now: Date,
): ClockResult => {
  if (!facts.personalData) {
    return { reportability: { ruleId: INCIDENT_RULE_ID, reportable: false, basis: [], exemption: null }, clocks: [] };
  }
  const { reportability, clocks } = computeRegulatoryClocks({
    rule: incidentRule(),
    facts: facts.personalData,
    awareAt: facts.awareAt,
    now,
    guidanceTargetDays: preliminaryTargetDaysOf(tenantId),
  });
  return {
    reportability: { ruleId: INCIDENT_RULE_ID, ...reportability },
    clocks: markFiled(clocks, facts.filedClocks),
  };
};

// A clock whose report was filed stops: status filed, never overdue, however late the filing was.
const markFiled = (clocks: TRegulatoryClock[], filed: FiledClock[] = []): TRegulatoryClock[] =>
  clocks.map((c) => {
    const filing = filed.find((f) => f.clockKind === c.kind);
    return filing ? { ...c, status: 'filed', filedAt: filing.filedAt, filingId: filing.filingId } : c;
  });

/** The earliest dated clock not yet filed: stored with the row so the "overdue" filter is a comparison in SQL. */
export const nextDueAtOf = (clocks: TRegulatoryClock[]): string | null => {
  const dated = clocks.flatMap((c) => (c.dueAt && c.status !== 'filed' ? [Date.parse(c.dueAt)] : []));
  return dated.length ? new Date(Math.min(...dated)).toISOString() : null;
};

export const toIncidentSummary = (record: IncidentRecord, tenantId: string, now: Date): TIncidentSummary => {
  const { systemOwnerIds: _owners, filedClocks: _filed, ...stored } = record;
  const { reportability, clocks } = computeIncidentClocks(record, tenantId, now);
  return { ...stored, reportability, regulatoryClocks: clocks };
};

export const toIncidentView = (
  record: IncidentRecord,
  timeline: TTimelineEntry[],
  tenantId: string,
  now: Date,
): TIncident => ({ ...toIncidentSummary(record, tenantId, now), timeline });

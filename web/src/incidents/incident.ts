import type {
  TCorrectiveAction,
  TCreateIncidentFiling,
  TIncident,
  TIncidentFiling,
  TIncidentSummary,
  TRegulatoryClock,
} from '@kizuna/contracts';

// The value lists the screens iterate, restated so zod stays out of the bundle; the `satisfies` checks below fail
// to compile when the contract's unions grow.

export type Incident = TIncident;
export type IncidentSummary = TIncidentSummary;
export type RegulatoryClock = TRegulatoryClock;
export type CorrectiveAction = TCorrectiveAction;
export type IncidentFiling = TIncidentFiling;
export type IncidentSeverity = Incident['severity'];
export type IncidentCategory = Incident['categories'][number];
export type IncidentStatus = Incident['status'];
export type IncidentTrigger = Incident['reportability']['basis'][number];
export type PersonalData = NonNullable<Incident['personalData']>;

type Covers<T extends string, L extends readonly T[]> = [T] extends [L[number]] ? L : never;

export const INCIDENT_SEVERITY_LIST = ['low', 'medium', 'high', 'critical'] as const;
export const INCIDENT_CATEGORY_LIST = [
  'personal_data_breach',
  'rights_infringement',
  'safety',
  'bias',
  'security',
  'ip_copyright',
  'deepfake_misinformation',
  'other',
] as const;
export const INCIDENT_STATUS_LIST = ['open', 'contained', 'resolved', 'closed'] as const;
export const FILING_CHANNELS = ['ppc_online_form', 'email', 'post', 'in_person', 'other'] as const;
export type FilingChannel = (typeof FILING_CHANNELS)[number];

// Compile-time: every contract value is in the lists (a new one in the contract breaks the build here).
const coverSeverities: Covers<IncidentSeverity, typeof INCIDENT_SEVERITY_LIST> = INCIDENT_SEVERITY_LIST;
const coverCategories: Covers<IncidentCategory, typeof INCIDENT_CATEGORY_LIST> = INCIDENT_CATEGORY_LIST;
const coverStatuses: Covers<IncidentStatus, typeof INCIDENT_STATUS_LIST> = INCIDENT_STATUS_LIST;
const coverChannels: Covers<TCreateIncidentFiling['channel'], typeof FILING_CHANNELS> = FILING_CHANNELS;
void coverSeverities;
void coverCategories;
void coverStatuses;
void coverChannels;

/** A clock with a date to count down to and nothing filed against it yet. */
export function isCountingClock(clock: RegulatoryClock): clock is RegulatoryClock & { dueAt: string } {
  return clock.dueAt !== null && (clock.status === 'open' || clock.status === 'overdue');
}

/** The earliest clock that still runs, or null. */
export function findNextClock(clocks: readonly RegulatoryClock[]): (RegulatoryClock & { dueAt: string }) | null {
  const counting = clocks.filter(isCountingClock);
  counting.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return counting[0] ?? null;
}

export const EMPTY_PERSONAL_DATA: PersonalData = {
  affectedCount: null,
  affectedCountEstimated: false,
  sensitive: false,
  financialLossRisk: false,
  wrongfulPurpose: false,
  highlyEncrypted: false,
  processorFor: null,
};

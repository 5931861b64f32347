import type { TCreateIncident, TUpdateIncident } from '@kizuna/contracts';
import {
  EMPTY_PERSONAL_DATA,
  type Incident,
  type IncidentCategory,
  type IncidentSeverity,
  type PersonalData,
} from './incident.js';

/** The facts a person records, as the API takes them. */
export interface IncidentFacts {
  title: string;
  description: string;
  severity: IncidentSeverity;
  categories: IncidentCategory[];
  systemIds: string[];
  occurredAt: string | null;
  detectedAt: string;
  awareAt: string;
  personalData: PersonalData | null;
}

/** What the inputs hold: instants as `datetime-local` text in the reader's zone, the count as text. */
export interface IncidentFormValues {
  title: string;
  description: string;
  severity: IncidentSeverity;
  categories: IncidentCategory[];
  systemIds: string[];
  occurredAt: string;
  detectedAt: string;
  awareAt: string;
  affectedCount: string;
  personal: Omit<PersonalData, 'affectedCount' | 'processorFor'>;
  processorFor: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the `datetime-local` text of the reader's own clock. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `datetime-local` text (the reader's zone) as an ISO instant; empty or unreadable text is null. */
export function fromLocalInput(text: string): string | null {
  if (!text) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function toFormValues(facts: IncidentFacts): IncidentFormValues {
  const pd = facts.personalData ?? EMPTY_PERSONAL_DATA;
  return {
    title: facts.title,
    description: facts.description,
    severity: facts.severity,
    categories: [...facts.categories],
    systemIds: [...facts.systemIds],
    occurredAt: toLocalInput(facts.occurredAt),
    detectedAt: toLocalInput(facts.detectedAt),
    awareAt: toLocalInput(facts.awareAt),
    affectedCount: pd.affectedCount === null ? '' : String(pd.affectedCount),
    personal: {
      affectedCountEstimated: pd.affectedCountEstimated,
      sensitive: pd.sensitive,
      financialLossRisk: pd.financialLossRisk,
      wrongfulPurpose: pd.wrongfulPurpose,
      highlyEncrypted: pd.highlyEncrypted,
    },
    processorFor: pd.processorFor ?? '',
  };
}

/** The facts the form holds (the count is checked to be a whole number before this runs). */
export function toFacts(values: IncidentFormValues): IncidentFacts {
  const breach = values.categories.includes('personal_data_breach');
  const count = values.affectedCount.trim();
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    severity: values.severity,
    categories: values.categories,
    systemIds: values.systemIds,
    occurredAt: fromLocalInput(values.occurredAt),
    detectedAt: fromLocalInput(values.detectedAt) ?? values.detectedAt,
    awareAt: fromLocalInput(values.awareAt) ?? values.awareAt,
    personalData: breach
      ? {
          ...values.personal,
          affectedCount: count === '' ? null : Number(count),
          processorFor: values.processorFor.trim() || null,
        }
      : null,
  };
}

export function factsOf(incident: Incident): IncidentFacts {
  const { title, description, severity, categories, systemIds, occurredAt, detectedAt, awareAt, personalData } =
    incident;
  return { title, description, severity, categories, systemIds, occurredAt, detectedAt, awareAt, personalData };
}

export function toCreateBody(facts: IncidentFacts): TCreateIncident {
  const { occurredAt, personalData, ...rest } = facts;
  return {
    ...rest,
    ...(occurredAt ? { occurredAt } : {}),
    ...(personalData ? { personalData } : {}),
  } as TCreateIncident;
}

/** Only what changed, so a PATCH never rewrites a fact the person did not touch. */
export function diffFacts(before: IncidentFacts, after: IncidentFacts): TUpdateIncident {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof IncidentFacts)[]) {
    const a = key.endsWith('At') ? sameInstant(before[key] as string | null, after[key] as string | null) : null;
    if (a === true) continue;
    if (a === null && stableText(before[key]) === stableText(after[key])) continue;
    changes[key] = after[key];
  }
  return changes as TUpdateIncident;
}

// Objects compare by content whatever the order their keys were written in.
function stableText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

// Instants compare by time, not text ("…Z" and "…+09:00" can be the same moment); minutes are what the form shows.
function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.floor(Date.parse(a) / 60_000) === Math.floor(Date.parse(b) / 60_000);
}

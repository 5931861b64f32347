import type { Incident } from './incident.js';

// The items a PPC breach report covers (PPC Rules Art. 8), in the Rules' order.
export const REPORT_ITEMS = [
  'overview',
  'dataItems',
  'people',
  'cause',
  'secondaryDamage',
  'dataSubjects',
  'publication',
  'prevention',
  'other',
] as const;
export type ReportItem = (typeof REPORT_ITEMS)[number];

export interface DraftItem {
  item: ReportItem;
  /** What the incident holds for the item, as text to copy; null when it holds nothing (a blank to fill in). */
  text: string | null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface DraftFormat {
  t: Translate;
  dateTime: (iso: string) => string;
  date: (isoDate: string) => string;
  systemName: (id: string) => string;
  number: (value: number) => string;
}

const lines = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join('\n') || null;

/** The draft, item by item, from what the incident records; nothing is invented for what it does not record. */
export function buildReportDraft(
  incident: Incident,
  { t, dateTime, date, systemName, number }: DraftFormat,
): DraftItem[] {
  const pd = incident.personalData;
  const yes = (flag: boolean | undefined, key: string) => (flag ? t(`incidents.draft.fact.${key}`) : null);
  const actions = incident.correctiveActions.map((a) =>
    t('incidents.draft.fact.action', { description: a.description, owner: a.owner, due: date(a.dueDate) }),
  );
  const text: Record<ReportItem, string | null> = {
    overview: lines(
      incident.title,
      incident.description,
      incident.occurredAt && t('incidents.draft.fact.occurredAt', { at: dateTime(incident.occurredAt) }),
      t('incidents.draft.fact.detectedAt', { at: dateTime(incident.detectedAt) }),
      t('incidents.draft.fact.awareAt', { at: dateTime(incident.awareAt) }),
      incident.systemIds.length > 0 &&
        t('incidents.draft.fact.systems', { names: incident.systemIds.map(systemName).join(', ') }),
    ),
    // The register holds whether sensitive data was involved, not the list of data items.
    dataItems: yes(pd?.sensitive, 'sensitive'),
    people:
      pd?.affectedCount == null
        ? null
        : t(pd.affectedCountEstimated ? 'incidents.page.countEstimated' : 'incidents.page.count', {
            count: pd.affectedCount,
            n: number(pd.affectedCount),
          }),
    cause: incident.rootCause,
    secondaryDamage: lines(
      yes(pd?.financialLossRisk, 'financialLossRisk'),
      yes(pd?.wrongfulPurpose, 'wrongfulPurpose'),
    ),
    dataSubjects: null,
    publication: null,
    prevention: lines(
      incident.containment && t('incidents.draft.fact.containment', { text: incident.containment }),
      ...actions,
    ),
    other: lines(
      pd?.processorFor && t('incidents.draft.fact.processorFor', { name: pd.processorFor }),
      yes(pd?.highlyEncrypted, 'highlyEncrypted'),
    ),
  };
  return REPORT_ITEMS.map((item) => ({ item, text: text[item] }));
}

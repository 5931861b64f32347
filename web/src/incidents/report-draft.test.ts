import { describe, expect, it } from 'vitest';
import type { Incident } from './incident.js';
import { buildReportDraft, REPORT_ITEMS } from './report-draft.js';

const format = {
  t: (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key),
  dateTime: (iso: string) => iso,
  date: (isoDate: string) => isoDate,
  systemName: (id: string) => `system ${id}`,
  number: (value: number) => value.toLocaleString('en-GB'),
};

const incident = (extra: Partial<Incident> = {}) =>
  ({
    id: 'i1',
    title: 'Leak',
    description: 'Order history was visible to others.',
    severity: 'high',
    categories: ['personal_data_breach'],
    systemIds: [],
    occurredAt: null,
    detectedAt: '2026-12-01T00:00:00Z',
    awareAt: '2026-12-01T01:00:00Z',
    reporter: null,
    status: 'open',
    containment: null,
    rootCause: null,
    correctiveActions: [],
    personalData: {
      affectedCount: 1500,
      affectedCountEstimated: true,
      sensitive: false,
      financialLossRisk: false,
      wrongfulPurpose: false,
      highlyEncrypted: false,
      processorFor: null,
    },
    timeline: [],
    ...extra,
  }) as unknown as Incident;

const textOf = (draft: ReturnType<typeof buildReportDraft>, item: string) => draft.find((d) => d.item === item)?.text;

describe('buildReportDraft', () => {
  it('when the incident is built, then every Art. 8 item is there, in order', () => {
    expect(buildReportDraft(incident(), format).map((d) => d.item)).toEqual([...REPORT_ITEMS]);
  });

  it('when the incident holds no cause, publication or data-subject response, then those items are blank', () => {
    const draft = buildReportDraft(incident(), format);
    expect(textOf(draft, 'cause')).toBeNull();
    expect(textOf(draft, 'publication')).toBeNull();
    expect(textOf(draft, 'dataSubjects')).toBeNull();
    expect(textOf(draft, 'secondaryDamage')).toBeNull();
  });

  it('when the count is an estimate, then the people item says so with the number', () => {
    expect(textOf(buildReportDraft(incident(), format), 'people')).toBe(
      'incidents.page.countEstimated {"count":1500,"n":"1,500"}',
    );
  });

  it('when a root cause and corrective actions are recorded, then cause and prevention carry them', () => {
    const draft = buildReportDraft(
      incident({
        rootCause: 'A cache key without the customer id.',
        correctiveActions: [{ description: 'Add the id', owner: 'Platform', dueDate: '2026-12-20', done: false }],
      }),
      format,
    );
    expect(textOf(draft, 'cause')).toBe('A cache key without the customer id.');
    expect(textOf(draft, 'prevention')).toContain('Add the id');
  });
});

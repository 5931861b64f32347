import { getRequirement } from '@kizuna/catalog';
import { describe, expect, it } from 'vitest';
import { computeRegulatoryClocks } from './compute-regulatory-clocks.js';
import type { IncidentPersonalData } from './determine-reportability.js';
import { endOfJapanesePeriod } from './japanese-period.js';

// APPI Art. 26 with PPC Rules Art. 7 as the catalog states it, and Civil Code day counting on the Tokyo calendar.

const rule = getRequirement('appi:art26')!;
const NONE: IncidentPersonalData = {
  affectedCount: 1,
  affectedCountEstimated: false,
  sensitive: false,
  financialLossRisk: false,
  wrongfulPurpose: false,
  highlyEncrypted: false,
  processorFor: null,
};
const AWARE = '2026-12-02T10:30:00+09:00';
const NOW = new Date('2026-12-02T12:00:00+09:00');
const clocksOf = (facts: Partial<IncidentPersonalData>, awareAt = AWARE, now = NOW) =>
  computeRegulatoryClocks({ rule, facts: { ...NONE, ...facts }, awareAt, now });
const summary = (facts: Partial<IncidentPersonalData>) => {
  const { reportability, clocks } = clocksOf(facts);
  return { ...reportability, clocks: clocks.map((c) => `${c.kind}:${c.dueDate ?? 'promptly'}`) };
};

describe('reportability under APPI Art. 26 / PPC Rules Art. 7', () => {
  // prettier-ignore
  const CASES: [string, Partial<IncidentPersonalData>, boolean, string[]][] = [
    ['one person, nothing else',                     {},                                            false, []],
    ['exactly 1,000 people (not more than)',         { affectedCount: 1000 },                       false, []],
    ['1,001 people',                                 { affectedCount: 1001 },                       true,  ['over_1000_people']],
    ['an estimate of 1,001 counts like a count',     { affectedCount: 1001, affectedCountEstimated: true }, true, ['over_1000_people']],
    ['count unknown',                                { affectedCount: null },                       false, []],
    ['sensitive data of one person',                 { sensitive: true },                           true,  ['sensitive_data']],
    ['risk of financial loss for one person',        { financialLossRisk: true },                   true,  ['financial_loss_risk']],
    ['possible wrongful purpose, one person',        { wrongfulPurpose: true },                     true,  ['wrongful_purpose']],
    ['several triggers, listed in the rule order',   { affectedCount: 5000, wrongfulPurpose: true, sensitive: true }, true, ['sensitive_data', 'wrongful_purpose', 'over_1000_people']],
    ['highly encrypted: exempt even when triggered', { affectedCount: 5000, sensitive: true, highlyEncrypted: true }, false, ['sensitive_data', 'over_1000_people']],
  ];
  it.each(CASES)('when %s, then reportable is %s', (_name, facts, reportable, basis) => {
    const result = summary(facts);
    expect(result.reportable).toBe(reportable);
    expect(result.basis).toEqual(basis);
    if (!reportable) expect(result.clocks).toEqual([]);
  });

  it('when the data was highly encrypted, then the exemption is named', () => {
    expect(summary({ sensitive: true, highlyEncrypted: true }).exemption).toBe('highly_encrypted');
  });
});

describe('clocks', () => {
  it('when a reportable breach is known at 10:30 JST, then preliminary (3-day target), 30-day final and data-subject notice run', () => {
    const { clocks } = clocksOf({ sensitive: true });
    expect(clocks.map((c) => [c.kind, c.ruleId, c.dueAt, c.nature])).toEqual([
      ['appi_preliminary', 'appi:art26/preliminary', '2026-12-05T23:59:59.999+09:00', 'guidance'],
      ['appi_final', 'appi:art26/final', '2027-01-01T23:59:59.999+09:00', 'limit'],
      ['appi_data_subject_notice', 'appi:art26/data-subjects', null, 'promptly'],
    ]);
    expect(clocks[0]!.guidanceDays).toEqual({ min: 3, max: 5 });
    expect(clocks[1]!.basis).toMatchObject({
      triggers: ['sensitive_data'],
      counting: expect.stringContaining('Art. 140'),
    });
  });

  it('when a wrongful purpose is possible, then the 60-day final report replaces the 30-day one', () => {
    const finals = clocksOf({ wrongfulPurpose: true }).clocks.filter((c) => c.kind === 'appi_final');
    expect(finals.map((c) => [c.ruleId, c.dueDate])).toEqual([['appi:art26/final-wrongful-purpose', '2027-01-31']]);
  });

  it('when the business is a processor, then it owes the controller a notice instead of the PPC reports', () => {
    const { clocks } = clocksOf({ affectedCount: 2000, processorFor: 'Acme Retail K.K.' });
    expect(clocks.map((c) => c.kind)).toEqual(['appi_data_subject_notice', 'appi_controller_notice']);
  });

  it('when the tenant targets 5 days for the preliminary report, then it is kept inside the 3–5-day window', () => {
    const at = (target: number) =>
      computeRegulatoryClocks({
        rule,
        facts: { ...NONE, sensitive: true },
        awareAt: AWARE,
        now: NOW,
        guidanceTargetDays: target,
      }).clocks[0]!.dueDate;
    expect([at(1), at(3), at(5), at(9)]).toEqual(['2026-12-05', '2026-12-05', '2026-12-07', '2026-12-07']);
  });

  it('when the deadline has passed, then the clock is overdue; until its last millisecond it is open', () => {
    const final = (now: string) => clocksOf({ sensitive: true }, AWARE, new Date(now)).clocks[1]!.status;
    expect(final('2027-01-01T23:59:59.999+09:00')).toBe('open');
    expect(final('2027-01-02T00:00:00+09:00')).toBe('overdue');
  });
});

describe('Japanese period computation (Civil Code Arts. 140–141, Asia/Tokyo)', () => {
  // prettier-ignore
  const CASES: [string, string, number, string][] = [
    ['mid-day start: the first day is not counted',       '2026-12-02T10:30:00+09:00', 30, '2027-01-01'],
    ['a midnight start counts the first day',             '2026-12-02T00:00:00+09:00', 30, '2026-12-31'],
    ['one millisecond after midnight does not',           '2026-12-02T00:00:00.001+09:00', 30, '2027-01-01'],
    ['across February in a common year',                  '2026-01-31T10:00:00+09:00', 30, '2026-03-02'],
    ['across February in a leap year',                    '2028-01-31T10:00:00+09:00', 30, '2028-03-01'],
    ['ending on a leap day',                              '2028-01-30T10:00:00+09:00', 30, '2028-02-29'],
    ['across the year end',                               '2026-12-15T15:00:00+09:00', 30, '2027-01-14'],
    ['a month end start, 3 days',                         '2026-04-30T18:00:00+09:00', 3,  '2026-05-03'],
    ['UTC evening is already the next Tokyo day',         '2026-03-31T20:00:00Z',      30, '2026-05-01'],
    ['Tokyo midnight given in UTC counts that day',       '2026-03-31T15:00:00Z',      30, '2026-04-30'],
    ['60 days over a leap February',                      '2027-12-31T09:00:00+09:00', 60, '2028-02-29'],
  ];
  it.each(CASES)('when %s (%s + %i days), then it ends on %s', (_name, start, days, dueDate) => {
    const end = endOfJapanesePeriod(Date.parse(start), days);
    expect(end).toEqual({ dueDate, dueAt: `${dueDate}T23:59:59.999+09:00` });
  });
});

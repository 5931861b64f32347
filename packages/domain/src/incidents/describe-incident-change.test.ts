import { describe, expect, it } from 'vitest';
import { diffClocks, explainClockChange } from './describe-incident-change.js';
import type { IncidentFacts } from './incident-ports.js';
import { computeIncidentClocks } from './incident-view.js';

const AWARE = '2026-12-02T01:30:00.000Z';
const NOW = new Date('2026-12-02T03:00:00.000Z');
const breach = (personalData: Partial<NonNullable<IncidentFacts['personalData']>>, awareAt = AWARE) => ({
  awareAt,
  ...computeIncidentClocks(
    {
      awareAt,
      personalData: {
        affectedCount: 10,
        affectedCountEstimated: false,
        sensitive: false,
        financialLossRisk: false,
        wrongfulPurpose: false,
        highlyEncrypted: false,
        processorFor: null,
        ...personalData,
      },
    },
    't',
    NOW,
  ),
});

describe('explaining why the clocks moved', () => {
  it('when the count grows past 1,000, then the clocks start and the note names the trigger', () => {
    const before = breach({ affectedCount: 800 });
    const after = breach({ affectedCount: 1500 });
    const changes = diffClocks(before.clocks, after.clocks);
    expect(changes.map((c) => `${c.change} ${c.ruleId}`)).toEqual([
      'started appi:art26/preliminary',
      'started appi:art26/final',
      'started appi:art26/data-subjects',
    ]);
    expect(explainClockChange(before, after, changes)).toMatch(/^now reportable under appi:art26 \(over_1000_people\)/);
  });

  it('when a wrongful purpose is found, then the 60-day final report replaces the 30-day one', () => {
    const before = breach({ sensitive: true });
    const after = breach({ sensitive: true, wrongfulPurpose: true });
    const changes = diffClocks(before.clocks, after.clocks);
    expect(changes.map((c) => `${c.change} ${c.ruleId}`)).toEqual([
      'started appi:art26/final-wrongful-purpose',
      'stopped appi:art26/final',
    ]);
    expect(explainClockChange(before, after, changes)).toContain('triggers now sensitive_data, wrongful_purpose');
  });

  it('when awareAt moves a day later, then every dated clock moves with it and the note says so', () => {
    const before = breach({ sensitive: true });
    const after = breach({ sensitive: true }, '2026-12-03T01:30:00.000Z');
    const changes = diffClocks(before.clocks, after.clocks);
    expect(changes.map((c) => `${c.change} ${c.ruleId}`)).toEqual([
      'moved appi:art26/preliminary',
      'moved appi:art26/final',
    ]);
    expect(explainClockChange(before, after, changes)).toContain('awareAt moved');
  });

  it('when the data turns out highly encrypted, then the clocks stop and the exemption is named', () => {
    const before = breach({ sensitive: true });
    const after = breach({ sensitive: true, highlyEncrypted: true });
    const changes = diffClocks(before.clocks, after.clocks);
    expect(changes.every((c) => c.change === 'stopped')).toBe(true);
    expect(explainClockChange(before, after, changes)).toContain('exempt: highly_encrypted');
  });
});

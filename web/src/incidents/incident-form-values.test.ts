import { describe, expect, it } from 'vitest';
import { diffFacts, toFacts, toFormValues, type IncidentFacts } from './incident-form-values.js';

const facts: IncidentFacts = {
  title: 'Leak',
  description: 'Orders visible to others.',
  severity: 'high',
  categories: ['personal_data_breach'],
  systemIds: [],
  occurredAt: null,
  detectedAt: '2026-12-01T00:00:00.000Z',
  awareAt: '2026-12-01T01:00:00.000Z',
  personalData: {
    affectedCount: 1500,
    affectedCountEstimated: false,
    sensitive: false,
    financialLossRisk: false,
    wrongfulPurpose: false,
    highlyEncrypted: false,
    processorFor: null,
  },
};

describe('incident form values', () => {
  it('when the form is opened and saved unchanged, then the PATCH holds nothing', () => {
    expect(diffFacts(facts, toFacts(toFormValues(facts)))).toEqual({});
  });

  it('when the same instant is written with another offset, then it is no change', () => {
    expect(diffFacts(facts, { ...facts, awareAt: '2026-12-01T10:00:00+09:00' })).toEqual({});
  });

  it('when the count grows past 1,000 and wrongful purpose is found, then only personalData is sent', () => {
    const values = toFormValues(facts);
    const next = toFacts({ ...values, affectedCount: '2400', personal: { ...values.personal, wrongfulPurpose: true } });
    expect(diffFacts(facts, next)).toEqual({
      personalData: { ...facts.personalData, affectedCount: 2400, wrongfulPurpose: true },
    });
  });

  it('when the breach category is removed, then personalData goes as null with the categories', () => {
    const next = toFacts({ ...toFormValues(facts), categories: ['security'] });
    expect(diffFacts(facts, next)).toEqual({ categories: ['security'], personalData: null });
  });

  it('when the count is left empty, then it is sent as not known (null)', () => {
    expect(toFacts({ ...toFormValues(facts), affectedCount: '' }).personalData?.affectedCount).toBeNull();
  });
});

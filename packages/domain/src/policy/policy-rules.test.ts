import { ZAiSystemProfile, type TAiSystemProfile } from '@kizuna/contracts';
import { describe, expect, it } from 'vitest';
import { computeRiskTier } from './compute-risk-tier.js';
import { resolveTierPolicy } from './resolve-tier-policy.js';

const profile = (p: Partial<TAiSystemProfile> = {}) => ZAiSystemProfile.parse(p);

describe('computeRiskTier', () => {
  it.each<[string, Partial<TAiSystemProfile>, 'low' | 'medium' | 'high', number]>([
    ['an internal tool with no personal data', {}, 'low', 0],
    ['a public generative chatbot', { generativeAi: true, publicFacing: true }, 'low', 2],
    [
      'a chatbot that also handles personal data',
      { generativeAi: true, publicFacing: true, usesPersonalData: true },
      'medium',
      3,
    ],
    ['automated decisions about people', { automatedDecisions: true }, 'medium', 3],
    ['a credit model', { automatedDecisions: true, usesPersonalData: true, sector: 'finance' }, 'high', 7],
    ['sensitive data in medicine', { usesSensitiveData: true, sector: 'medical' }, 'high', 6],
    [
      'EU hiring decisions (Annex III)',
      { automatedDecisions: true, euExposure: true, sector: 'employment' },
      'high',
      7,
    ],
    ['an advanced model with EU exposure', { advancedModel: true, euExposure: true }, 'medium', 3],
  ])('when the system is %s, then the tier is %s with score %i', (_label, p, tier, score) => {
    const result = computeRiskTier(profile(p));
    expect(result.tier).toBe(tier);
    expect(result.score).toBe(score);
    expect(result.factors.reduce((s, f) => s + f.weight, 0)).toBe(score);
    expect(result.prohibitedUse).toBe(false);
  });

  it('when a prohibited EU practice is declared, then the prohibited-use flag is raised', () => {
    const result = computeRiskTier(profile({ prohibitedPractice: 'social_scoring', euExposure: true }));
    expect(result.prohibitedUse).toBe(true);
  });

  it('finding 19: when a system with an EU AI Act prohibited practice has EU exposure, then it is never low tier', () => {
    const result = computeRiskTier(profile({ prohibitedPractice: 'social_scoring', euExposure: true }));
    expect(result.tier).toBe('high');
    expect(result.factors.map((f) => f.code)).toContain('eu_prohibited_practice');
    // Outside the EU the Act does not apply; the flag still shows, the tier follows the score.
    const domestic = computeRiskTier(profile({ prohibitedPractice: 'social_scoring' }));
    expect(domestic).toMatchObject({ tier: 'low', prohibitedUse: true });
  });

  it('when factors apply, then each is listed with its code, weight and both languages', () => {
    const result = computeRiskTier(profile({ usesSensitiveData: true, generativeAi: true }));
    expect(result.factors.map((f) => [f.code, f.weight])).toEqual([
      ['sensitive_data', 3],
      ['generative_ai', 1],
    ]);
    expect(result.ruleSetVersion).toMatch(/^kizuna-risk-/);
  });
});

describe('resolveTierPolicy', () => {
  it('when no tenant policy is set, then the defaults hold (high: 2 executives, 90 days)', () => {
    expect(resolveTierPolicy('high')).toMatchObject({ approverRole: 'executive', quorum: 2, reviewCadenceDays: 90 });
    expect(resolveTierPolicy('medium')).toMatchObject({ approverRole: 'executive', quorum: 1, reviewCadenceDays: 180 });
    expect(resolveTierPolicy('low')).toMatchObject({
      approverRole: 'governance_officer',
      quorum: 1,
      reviewCadenceDays: 365,
    });
  });

  it('when a tenant tightens the policy, then it applies; when it loosens it, then the defaults win', () => {
    const tightened = resolveTierPolicy('high', {
      high: { quorum: 3, reviewCadenceDays: 30, requiredEvidence: ['dpia'] },
    });
    expect(tightened).toMatchObject({ quorum: 3, reviewCadenceDays: 30 });
    expect(tightened.requiredEvidence).toContain('dpia');
    const loosened = resolveTierPolicy('high', { high: { quorum: 1, reviewCadenceDays: 400, requiredEvidence: [] } });
    expect(loosened).toMatchObject({ quorum: 2, reviewCadenceDays: 90 });
    expect(loosened.requiredEvidence).toContain('bias_test');
  });
});

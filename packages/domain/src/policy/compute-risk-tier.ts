import type { TAiSystemProfile } from '@kizuna/contracts';

export const RISK_RULE_SET_VERSION = 'kizuna-risk-2026.2';

export type RiskTier = 'low' | 'medium' | 'high';
// Highest first: the order per-tier views and errors list them in.
export const RISK_TIERS = ['high', 'medium', 'low'] as const satisfies readonly RiskTier[];
export type RiskFactor = { code: string; weight: number; label: { ja: string; en: string } };
export type RiskAssessment = {
  ruleSetVersion: string;
  tier: RiskTier;
  score: number;
  prohibitedUse: boolean;
  factors: RiskFactor[];
};

const euProhibited = (p: TAiSystemProfile) => p.prohibitedPractice !== 'none' && p.euExposure;

// Sectors the EU AI Act (Annex III) or a Japanese sector overlay treats as sensitive.
const SENSITIVE_SECTORS = new Set(['medical', 'finance', 'mobility', 'employment', 'education', 'public']);

type Rule = RiskFactor & { applies: (p: TAiSystemProfile) => boolean };

// Transparent and versioned: the signer sees every factor and its weight. Change weights only with a new version.
const RULES: Rule[] = [
  {
    // Art. 5 EU AI Act: a practice the Act prohibits, on the EU market. Weighted to reach the high tier on its own.
    code: 'eu_prohibited_practice',
    weight: 6,
    label: {
      ja: 'EU AI法で禁止される行為に該当し、EU域内で提供・利用される',
      en: 'An EU AI Act prohibited practice, placed on the market or used in the EU',
    },
    applies: (p) => euProhibited(p),
  },
  {
    code: 'automated_decisions',
    weight: 3,
    label: { ja: '人に関する判断を自動で行う', en: 'Makes automated decisions about people' },
    applies: (p) => p.automatedDecisions,
  },
  {
    code: 'sensitive_data',
    weight: 3,
    label: { ja: '要配慮個人情報を扱う', en: 'Processes sensitive personal data' },
    applies: (p) => p.usesSensitiveData,
  },
  {
    code: 'sensitive_sector',
    weight: 3,
    label: { ja: '規制の厳しい分野で使われる', en: 'Used in a regulated or sensitive sector' },
    applies: (p) => SENSITIVE_SECTORS.has(p.sector),
  },
  {
    code: 'advanced_model',
    weight: 2,
    label: { ja: '高度なAI（基盤モデル等）を扱う', en: 'Involves an advanced (frontier) model' },
    applies: (p) => p.advancedModel,
  },
  {
    code: 'personal_data',
    weight: 1,
    label: { ja: '個人情報を扱う', en: 'Processes personal data' },
    applies: (p) => p.usesPersonalData,
  },
  {
    code: 'generative_ai',
    weight: 1,
    label: { ja: '生成AIを使う', en: 'Uses generative AI' },
    applies: (p) => p.generativeAi,
  },
  {
    code: 'public_facing',
    weight: 1,
    label: { ja: '一般の利用者に直接提供される', en: 'Faces the public directly' },
    applies: (p) => p.publicFacing,
  },
  {
    code: 'eu_exposure',
    weight: 1,
    label: { ja: 'EU域内で提供・利用される', en: 'Placed on the market or used in the EU' },
    applies: (p) => p.euExposure,
  },
];

const HIGH_AT = 6;
const MEDIUM_AT = 3;

export const computeRiskTier = (profile: TAiSystemProfile): RiskAssessment => {
  const factors = RULES.filter((r) => r.applies(profile)).map(({ code, weight, label }) => ({ code, weight, label }));
  const score = factors.reduce((sum, f) => sum + f.weight, 0);
  // EU high-risk use (Annex III sector + EU market + decisions about people) is high whatever the score, and so is a
  // practice the EU AI Act prohibits: it can never pass as low risk with an officer's signature alone.
  const euHighRisk =
    (profile.euExposure && SENSITIVE_SECTORS.has(profile.sector) && profile.automatedDecisions) ||
    euProhibited(profile);
  const tier: RiskTier = euHighRisk || score >= HIGH_AT ? 'high' : score >= MEDIUM_AT ? 'medium' : 'low';
  return {
    ruleSetVersion: RISK_RULE_SET_VERSION,
    tier,
    score,
    prohibitedUse: profile.prohibitedPractice !== 'none',
    factors,
  };
};

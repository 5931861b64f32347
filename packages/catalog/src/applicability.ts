import type {
  TAiSystemProfile,
  TFrameworkVersion,
  TLocalizedText,
  TPredicate,
  TProfileFact,
  TRequirement,
  TRole,
  TSector,
} from './catalog-model.js';

export type TLang = keyof TLocalizedText;

export type TApplicability = { applies: boolean; reasons: string[] };

export type TApplicableRequirement = { requirement: TRequirement; reasons: string[] };

// Reasons describe the profile facts that decided the outcome, so the same words serve "applies" and "does not".
const FACT_WORDS: Record<TProfileFact, { yes: TLocalizedText; no: TLocalizedText }> = {
  usesPersonalData: {
    yes: { ja: '個人情報を取り扱う', en: 'uses personal data' },
    no: { ja: '個人情報を取り扱わない', en: 'does not use personal data' },
  },
  usesSensitiveData: {
    yes: { ja: '要配慮個人情報を取り扱う', en: 'uses sensitive personal data' },
    no: { ja: '要配慮個人情報を取り扱わない', en: 'does not use sensitive personal data' },
  },
  generativeAi: {
    yes: { ja: '生成AIである', en: 'is generative AI' },
    no: { ja: '生成AIではない', en: 'is not generative AI' },
  },
  publicFacing: {
    yes: { ja: '一般の人に向けて提供される', en: 'is offered to the public' },
    no: { ja: '一般の人には提供されない', en: 'is not offered to the public' },
  },
  automatedDecisions: {
    yes: { ja: '人に関する判断を自動で行う', en: 'makes automated decisions about people' },
    no: { ja: '人に関する判断を自動では行わない', en: 'makes no automated decisions about people' },
  },
  euExposure: {
    yes: { ja: 'EU域内で提供または利用される', en: 'is offered or used in the EU' },
    no: { ja: 'EU域内では提供も利用もされない', en: 'is not offered or used in the EU' },
  },
  advancedModel: {
    yes: { ja: '高度なAIモデル（フロンティアモデル）に関わる', en: 'involves an advanced (frontier) AI model' },
    no: { ja: '高度なAIモデルには関わらない', en: 'involves no advanced AI model' },
  },
};

const SECTOR_WORDS: Record<TSector, TLocalizedText> = {
  general: { ja: '一般', en: 'general' },
  medical: { ja: '医療', en: 'medical' },
  finance: { ja: '金融', en: 'finance' },
  mobility: { ja: 'モビリティ', en: 'mobility' },
  employment: { ja: '雇用', en: 'employment' },
  education: { ja: '教育', en: 'education' },
  public: { ja: '公共', en: 'public' },
};

const ROLE_WORDS: Record<TRole, TLocalizedText> = {
  developer: { ja: 'AI開発者として関わる', en: 'acts as an AI developer' },
  provider: { ja: 'AI提供者として関わる', en: 'acts as an AI provider' },
  business_user: { ja: 'AI利用者として関わる', en: 'acts as an AI business user' },
};

const ALWAYS_WORDS: TLocalizedText = { ja: 'すべてのAIシステムが対象', en: 'applies to every AI system' };

const describeSector = (profile: TAiSystemProfile, listed: TSector[], inList: boolean, lang: TLang): string => {
  const own = SECTOR_WORDS[profile.sector][lang];
  if (inList) return lang === 'ja' ? `分野が${own}である` : `is in the ${own} sector`;
  const names = listed.map((s) => SECTOR_WORDS[s][lang]);
  return lang === 'ja'
    ? `分野が${own}であり、${names.join('・')}のいずれでもない`
    : `is in the ${own} sector, not ${names.join(' or ')}`;
};

const unique = (items: string[]): string[] => [...new Set(items)];

export const evaluateApplicability = (
  predicate: TPredicate,
  profile: TAiSystemProfile,
  lang: TLang = 'en',
): TApplicability => {
  if ('always' in predicate) return { applies: true, reasons: [ALWAYS_WORDS[lang]] };
  if ('fact' in predicate) {
    const applies = profile[predicate.fact];
    const words = FACT_WORDS[predicate.fact];
    return { applies, reasons: [(applies ? words.yes : words.no)[lang]] };
  }
  if ('sector' in predicate) {
    const applies = predicate.sector.includes(profile.sector);
    return { applies, reasons: [describeSector(profile, predicate.sector, applies, lang)] };
  }
  if ('not' in predicate) {
    const inner = evaluateApplicability(predicate.not, profile, lang);
    return { applies: !inner.applies, reasons: inner.reasons };
  }
  const parts = ('all' in predicate ? predicate.all : predicate.any).map((p) =>
    evaluateApplicability(p, profile, lang),
  );
  const applies = 'all' in predicate ? parts.every((p) => p.applies) : parts.some((p) => p.applies);
  // Explain with the parts that decided it: for "all", the failures when it fails; for "any", the successes when
  // it holds; otherwise every part contributed.
  const deciding =
    ('all' in predicate && !applies) || ('any' in predicate && applies)
      ? parts.filter((p) => p.applies === applies)
      : parts;
  return { applies, reasons: unique(deciding.flatMap((p) => p.reasons)) };
};

// A requirement applies when one of the system's roles is among its roles AND its predicate holds.
export const applicableRequirements = (
  profile: TAiSystemProfile,
  roles: readonly TRole[],
  frameworkVersions: readonly TFrameworkVersion[],
  lang: TLang = 'en',
): TApplicableRequirement[] =>
  frameworkVersions.flatMap((version) =>
    version.requirements.flatMap((requirement) => {
      const matchedRoles = requirement.appliesTo.filter((r) => roles.includes(r));
      if (matchedRoles.length === 0) return [];
      const result = evaluateApplicability(requirement.applicability, profile, lang);
      if (!result.applies) return [];
      return [{ requirement, reasons: [...matchedRoles.map((r) => ROLE_WORDS[r][lang]), ...result.reasons] }];
    }),
  );

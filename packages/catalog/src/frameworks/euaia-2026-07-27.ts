import type {
  TEuRiskTier,
  TEvidenceKind,
  TFrameworkVersion,
  TLocalizedText,
  TPredicate,
  TRequirement,
  TRole,
} from '../catalog-model.js';

// EU AI Act articles, as crosswalk targets only: the ones Japanese requirements link to, each with its risk tier.
// Tiers, Art. 5 / 6 / 50, Chapter V and the application dates are [S]; every other article number is from memory
// and marked unverified.

const DATES_NOTE =
  'Dates from a repository import of the EUR-Lex consolidation of 2026-07-27 (incl. Reg. 2026/1744), not checked on EUR-Lex (fact sheet §8).';

const source = (
  section: string,
  confidence: TRequirement['confidence'],
  note = DATES_NOTE,
): TRequirement['source'] => ({
  document: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act), as amended by Regulation (EU) 2026/1744',
  version: 'consolidated 2026-07-27',
  section,
  date: '2026-07-27',
  confidence,
  note,
});

const MEMORY_NOTE = `Article number and topic are [M]. ${DATES_NOTE}`;

const EU: TPredicate = { fact: 'euExposure' };
// A screen, not the Art. 6 test: sectors where Annex I products or Annex III uses are likely. Finance counts only
// with automated decisions about people (credit-style uses); the owner confirms the classification under euaia:art6.
const LIKELY_HIGH_RISK: TPredicate = {
  all: [
    EU,
    {
      any: [
        { sector: ['employment', 'education', 'public', 'medical', 'mobility'] },
        { all: [{ sector: ['finance'] }, { fact: 'automatedDecisions' }] },
      ],
    },
  ],
};
const PROVIDERS: TRole[] = ['developer', 'provider'];
const EVERYONE: TRole[] = ['developer', 'provider', 'business_user'];
const HIGH_RISK_FROM = '2027-12-02';

type ArticleSpec = {
  ref: string;
  riskTier: TEuRiskTier;
  title: TLocalizedText;
  guidance: TLocalizedText;
  appliesTo: TRole[];
  applicability: TPredicate;
  expectedEvidence: TEvidenceKind[];
  effectiveFrom: string;
  section: string;
  confidence: TRequirement['confidence'];
};

const article = (a: ArticleSpec): TRequirement => ({
  id: `euaia:${a.ref}`,
  title: a.title,
  guidance: a.guidance,
  appliesTo: a.appliesTo,
  applicability: a.applicability,
  expectedEvidence: a.expectedEvidence,
  crosswalk: [],
  force: 'reference',
  riskTier: a.riskTier,
  effectiveFrom: a.effectiveFrom,
  source: source(a.section, a.confidence, a.confidence === 'unverified' ? MEMORY_NOTE : DATES_NOTE),
  confidence: a.confidence,
});

const highRiskArticle = (
  ref: string,
  title: TLocalizedText,
  guidance: TLocalizedText,
  expectedEvidence: TEvidenceKind[],
  appliesTo: TRole[] = PROVIDERS,
): TRequirement =>
  article({
    ref,
    riskTier: 'high',
    title,
    guidance,
    appliesTo,
    applicability: LIKELY_HIGH_RISK,
    expectedEvidence,
    effectiveFrom: HIGH_RISK_FROM,
    section: `Art. ${ref.replace('art', '')} (high-risk requirements)`,
    confidence: 'unverified',
  });

// Plain-language names of the tiers, with the provision that defines each (fact sheet §8 [S]).
export const EU_RISK_TIER_INFO: Record<TEuRiskTier, { title: TLocalizedText; provision: string }> = {
  prohibited: { title: { ja: '禁止されるAIの利用', en: 'Prohibited practices' }, provision: 'Art. 5' },
  high: { title: { ja: '高リスクAIシステム', en: 'High-risk AI systems' }, provision: 'Art. 6, Annex I and III' },
  transparency: { title: { ja: '透明性義務の対象', en: 'Transparency obligations' }, provision: 'Art. 50' },
  gpai: { title: { ja: '汎用目的AIモデル', en: 'General-purpose AI models' }, provision: 'Chapter V' },
  minimal: { title: { ja: '最小リスク', en: 'Minimal risk' }, provision: 'no specific provision' },
  all_tiers: {
    title: { ja: 'リスク区分を問わない義務', en: 'Duties for every tier' },
    provision: 'general provisions',
  },
};

export const EUAIA_2026_07_27: TFrameworkVersion = {
  frameworkId: 'euaia',
  version: '2026-07-27',
  publishedOn: '2026-07-27',
  status: 'current',
  requirements: [
    article({
      ref: 'art4',
      riskTier: 'all_tiers',
      title: { ja: 'AIリテラシーの確保', en: 'AI literacy' },
      guidance: {
        ja: 'AIを提供・利用する組織が、関わる人員のAIリテラシーを十分な水準に保つことを求める規定です。2025年2月2日から適用されています。',
        en: 'Requires organisations that provide or use AI to bring the AI literacy of the people involved to a sufficient level. It has applied since 2 February 2025.',
      },
      appliesTo: EVERYONE,
      applicability: EU,
      expectedEvidence: ['other'],
      effectiveFrom: '2025-02-02',
      section: 'Art. 4 (AI literacy)',
      confidence: 'unverified',
    }),
    article({
      ref: 'art5',
      riskTier: 'prohibited',
      title: { ja: '禁止されるAIの利用', en: 'Prohibited AI practices' },
      guidance: {
        ja: '一定のAIの利用を全面的に禁止する規定で、2025年2月2日から適用されています。改正規則（EU）2026/1744により、同意のない性的ディープフェイクと児童性的虐待コンテンツに関する禁止が2026年12月2日から加わります。',
        en: 'Bans certain uses of AI outright, from 2 February 2025. Amending Regulation (EU) 2026/1744 adds bans on non-consensual intimate deepfakes and child sexual abuse material from 2 December 2026.',
      },
      appliesTo: EVERYONE,
      applicability: EU,
      expectedEvidence: ['other'],
      effectiveFrom: '2025-02-02',
      section: 'Art. 5',
      confidence: 'secondary',
    }),
    article({
      ref: 'art6',
      riskTier: 'high',
      title: { ja: '高リスクAIシステムの分類', en: 'Classification as a high-risk AI system' },
      guidance: {
        ja: 'AIシステムが高リスクに当たるかを、附属書I（製品規制）と附属書III（用途）に照らして判断する規定です。改正後の適用日は、附属書IIIが2027年12月2日、附属書Iが2028年8月2日です。',
        en: 'Decides whether a system is high-risk, by reference to Annex I (regulated products) and Annex III (uses). After the 2026 amendment, Annex III applies from 2 December 2027 and Annex I from 2 August 2028.',
      },
      appliesTo: EVERYONE,
      applicability: LIKELY_HIGH_RISK,
      expectedEvidence: ['other'],
      effectiveFrom: HIGH_RISK_FROM,
      section: 'Art. 6, Annex I and III',
      confidence: 'secondary',
    }),
    highRiskArticle(
      'art9',
      { ja: 'リスク管理システム', en: 'Risk management system' },
      {
        ja: '高リスクAIシステムについて、ライフサイクル全体を通じたリスク管理の仕組みを設けることを求める規定です。',
        en: 'Requires a risk management system that runs across the whole life cycle of a high-risk AI system.',
      },
      ['dpia', 'safety_test'],
    ),
    highRiskArticle(
      'art10',
      { ja: 'データとデータガバナンス', en: 'Data and data governance' },
      {
        ja: '学習・検証・テストに用いるデータの品質とガバナンスを求める規定で、バイアスへの対処を含みます。',
        en: 'Requires quality and governance for training, validation and test data, including work on bias.',
      },
      ['model_card', 'bias_test'],
    ),
    highRiskArticle(
      'art11',
      { ja: '技術文書', en: 'Technical documentation' },
      {
        ja: '市場に出す前に技術文書を作成し、最新の状態に保つことを求める規定です。',
        en: 'Requires technical documentation drawn up before the system is placed on the market and kept up to date.',
      },
      ['model_card'],
    ),
    highRiskArticle(
      'art12',
      { ja: '記録の保持（ログ）', en: 'Record-keeping' },
      {
        ja: 'システムの稼働中の事象を自動で記録できるようにすることを求める規定です。',
        en: 'Requires the system to record events automatically while it runs.',
      },
      ['other'],
    ),
    highRiskArticle(
      'art13',
      { ja: '透明性と導入者への情報提供', en: 'Transparency and information for deployers' },
      {
        ja: '導入者が出力を理解して適切に使えるよう、使用説明書などの情報を提供することを求める規定です。',
        en: 'Requires instructions and other information so that deployers can understand the output and use it properly.',
      },
      ['model_card', 'user_notice'],
    ),
    highRiskArticle(
      'art14',
      { ja: '人による監督', en: 'Human oversight' },
      {
        ja: '稼働中のシステムを人が実効的に監督できるよう設計することを求める規定です。',
        en: 'Requires the system to be designed so that people can oversee it effectively while it is in use.',
      },
      ['other'],
    ),
    highRiskArticle(
      'art15',
      { ja: '正確性・堅牢性・サイバーセキュリティ', en: 'Accuracy, robustness and cybersecurity' },
      {
        ja: '適切な水準の正確性、堅牢性、サイバーセキュリティを、ライフサイクルを通じて保つことを求める規定です。',
        en: 'Requires an appropriate level of accuracy, robustness and cybersecurity throughout the life cycle.',
      },
      ['safety_test'],
    ),
    highRiskArticle(
      'art26',
      { ja: '導入者の義務', en: 'Obligations of deployers' },
      {
        ja: '高リスクAIシステムを業務で使う導入者に、説明書に沿った利用、人による監督、稼働の監視などを求める規定です。',
        en: 'Requires organisations that deploy a high-risk system to use it per its instructions, assign human oversight and monitor its operation.',
      },
      ['other'],
      ['business_user'],
    ),
    article({
      ref: 'art50',
      riskTier: 'transparency',
      title: { ja: '特定のAIシステムの透明性義務', en: 'Transparency obligations for certain AI systems' },
      guidance: {
        ja: '人と対話するAIや、生成されたコンテンツについて、AIであることや生成物であることが分かるようにすることを求める規定です。2026年8月2日から適用され、すでに市場にあるシステムへの第50条第2項の適用日は2026年12月2日です。',
        en: 'Requires that people can tell when they deal with AI or with AI-generated content. It applies from 2 August 2026; for systems already on the market, Art. 50(2) has the date 2 December 2026.',
      },
      appliesTo: EVERYONE,
      applicability: { all: [EU, { any: [{ fact: 'generativeAi' }, { fact: 'publicFacing' }] }] },
      expectedEvidence: ['user_notice'],
      effectiveFrom: '2026-08-02',
      section: 'Art. 50',
      confidence: 'secondary',
    }),
    article({
      ref: 'art53',
      riskTier: 'gpai',
      title: { ja: '汎用目的AIモデル提供者の義務', en: 'Obligations of general-purpose AI model providers' },
      guidance: {
        ja: '汎用目的AIモデルの提供者に、技術文書の整備、下流の提供者への情報提供、著作権に関する方針などを求める規定です。第5章の義務は2025年8月2日から適用されています。',
        en: 'Requires providers of general-purpose AI models to keep technical documentation, inform downstream providers and have a copyright policy. Chapter V has applied since 2 August 2025.',
      },
      appliesTo: ['developer'],
      applicability: { all: [EU, { any: [{ fact: 'advancedModel' }, { fact: 'generativeAi' }] }] },
      expectedEvidence: ['model_card'],
      effectiveFrom: '2025-08-02',
      section: 'Chapter V, Art. 53',
      confidence: 'unverified',
    }),
    article({
      ref: 'art55',
      riskTier: 'gpai',
      title: { ja: 'システミックリスクを伴う汎用目的AIモデルの義務', en: 'Obligations for models with systemic risk' },
      guidance: {
        ja: 'システミックリスクを伴う汎用目的AIモデルの提供者に、モデル評価、リスクの軽減、重大インシデントの報告、サイバーセキュリティ対策を求める規定です。',
        en: 'Requires providers of general-purpose models with systemic risk to evaluate the model, reduce risks, report serious incidents and secure the model.',
      },
      appliesTo: ['developer'],
      applicability: { all: [EU, { fact: 'advancedModel' }] },
      expectedEvidence: ['safety_test', 'incident_procedure'],
      effectiveFrom: '2025-08-02',
      section: 'Chapter V, Art. 55',
      confidence: 'unverified',
    }),
    highRiskArticle(
      'art72',
      { ja: '市販後モニタリング', en: 'Post-market monitoring' },
      {
        ja: '市場に出した後も高リスクAIシステムの性能を継続的に監視する計画と仕組みを求める規定です。',
        en: 'Requires a plan and a system for monitoring how a high-risk system performs after it is placed on the market.',
      },
      ['incident_procedure'],
    ),
    highRiskArticle(
      'art73',
      { ja: '重大インシデントの報告', en: 'Reporting of serious incidents' },
      {
        ja: '高リスクAIシステムで重大インシデントが起きた場合に、市場監視当局へ報告することを求める規定です。',
        en: 'Requires serious incidents involving a high-risk system to be reported to the market surveillance authority.',
      },
      ['incident_procedure'],
    ),
  ],
};

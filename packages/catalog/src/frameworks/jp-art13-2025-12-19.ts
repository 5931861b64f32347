import type { TEvidenceKind, TFrameworkVersion, TLocalizedText, TPredicate, TRequirement } from '../catalog-model.js';

// The guideline made under Art. 13 of the AI Promotion Act (AI Strategic Headquarters decision, 2025-12-19).
// Not the "AI Utilization Guidelines": that name belongs to MIC's 2019 document. Only the contents list was seen
// (fact sheet §3 [S]); the text after §3(4) was not seen.

const URL = 'https://www8.cao.go.jp/cstp/ai/ai_guideline/ai_guideline.html';

const source = (section: string, note?: string): TRequirement['source'] => ({
  document:
    'Guideline for Ensuring the Appropriateness of R&D and Utilization of AI-Related Technology (人工知能関連技術の研究開発及び活用の適正性確保に関する指針), AI Strategic Headquarters',
  version: '2025-12-19',
  section,
  date: '2025-12-19',
  url: URL,
  confidence: 'secondary',
  ...(note ? { note } : {}),
});

const CONTENTS_NOTE =
  'Heading from the English contents list (fact sheet §3 [S]); the guidance is our reading of the heading.';

const businessItem = (
  n: number,
  title: TLocalizedText,
  guidance: TLocalizedText,
  expectedEvidence: TEvidenceKind[],
  crosswalk: string[],
  applicability: TPredicate = { always: true },
): TRequirement => ({
  id: `jp-art13:2-${n}`,
  title,
  guidance,
  appliesTo: ['developer', 'provider', 'business_user'],
  applicability,
  expectedEvidence,
  crosswalk,
  force: 'voluntary',
  source: source(`§2(${n}) (R&D institutes and businesses)`, CONTENTS_NOTE),
  confidence: 'secondary',
});

export const JP_ART13_2025_12_19: TFrameworkVersion = {
  frameworkId: 'jp-art13',
  version: '2025-12-19',
  publishedOn: '2025-12-19',
  status: 'current',
  requirements: [
    {
      id: 'jp-art13:1',
      title: { ja: '指針の位置付けと基本的な考え方', en: 'Where the guideline stands and its basic approach' },
      guidance: {
        ja: 'AI推進法第13条に基づき、国際的な規範と整合する形で、研究開発機関と事業者が適正性を確保するための考え方を示す指針です。内閣府のページでは各府省のガイドラインが一覧になっており、その筆頭にAI事業者ガイドラインが挙げられています。実務上の具体的な取組はAI事業者ガイドラインの項目で評価します。',
        en: "Made under Art. 13 of the AI Promotion Act, in line with international norms, this guideline sets out how research institutes and businesses should keep AI appropriate. The Cabinet Office page lists the ministries' guidelines with the AI Guidelines for Business first; day-to-day practice is assessed through that framework's items.",
      },
      appliesTo: ['developer', 'provider', 'business_user'],
      applicability: { always: true },
      expectedEvidence: [],
      crosswalk: [],
      force: 'context',
      source: source('§1 (basic approach: positioning, concept, basic policy)'),
      confidence: 'secondary',
    },
    businessItem(
      1,
      { ja: 'AIガバナンスによる全体の適正性の確保', en: 'Overall appropriateness through AI governance' },
      {
        ja: '個々の対策を積み上げるだけでなく、組織としてのAIガバナンスを通じて、研究開発と活用の全体が適正であるようにします。',
        en: 'Make the whole of your AI research, development and use appropriate through organisation-wide AI governance, not only through separate measures.',
      },
      ['other'],
      ['iso42001:A.2.2', 'iso42001:A.3.2', 'nist-rmf:GOVERN-1.2'],
    ),
    businessItem(
      2,
      { ja: '関係者の信頼を得るための透明性', en: 'Transparency that earns stakeholder trust' },
      {
        ja: 'AIをどのように使い、どのような配慮をしているかを関係者に分かる形で示し、信頼を得られるようにします。',
        en: 'Show stakeholders, in terms they can follow, how you use AI and what care you take, so that they can trust it.',
      },
      ['user_notice', 'model_card'],
      ['iso42001:A.8.2', 'nist-rmf:MEASURE-2.8', 'euaia:art50'],
    ),
    businessItem(
      3,
      { ja: '十分な安全性の確保', en: 'Sufficient safety' },
      {
        ja: 'AIの研究開発と活用が人や社会にとって十分に安全であることを、評価と対策によって確かめます。',
        en: 'Confirm, through evaluation and countermeasures, that your AI development and use are safe enough for people and society.',
      },
      ['safety_test'],
      ['iso42001:A.6.2.4', 'nist-rmf:MEASURE-2.6', 'euaia:art15'],
    ),
    businessItem(
      4,
      { ja: '事業継続を通じた安全な環境の確保', en: 'A safe environment through business continuity' },
      {
        ja: 'AIに障害やインシデントが生じても事業を継続できるよう、代替手段や復旧手順を整えます。',
        en: 'Prepare fallbacks and recovery procedures so that the business can continue when the AI fails or an incident occurs.',
      },
      ['incident_procedure'],
      ['iso42001:A.6.2.6', 'nist-rmf:MANAGE-2.4', 'nist-rmf:MANAGE-4.1'],
    ),
    businessItem(
      5,
      { ja: 'データの重要性を踏まえた関係者への配慮', en: 'Care for stakeholders, given the importance of data' },
      {
        ja: 'AIにとってデータが重要であることを踏まえ、データの提供者や本人など関係者の権利と利益に配慮して取り扱います。',
        en: 'Because data matters so much to AI, handle it with regard for the rights and interests of the people concerned, such as those who supply it or whom it describes.',
      },
      ['dpia'],
      ['iso42001:A.5.4', 'iso42001:A.7.5', 'nist-rmf:MAP-4.1'],
    ),
    {
      id: 'jp-art13:3',
      title: { ja: '行政機関としてのAI活用（公共部門）', en: 'Government as an AI user (public sector)' },
      guidance: {
        ja: '指針は政府自身にも、率先したAIの活用、リテラシーの向上、ガバナンスの考え方、説明責任を求めています。公共部門のシステムでは、これらを自組織の取組として確認します。この節の後半部分は確認できていません。',
        en: 'The guideline asks government itself to lead by using AI, to build literacy, to take a governance approach and to be accountable. For public-sector systems, check these as your own commitments. The later part of this section has not been seen.',
      },
      appliesTo: ['developer', 'provider', 'business_user'],
      applicability: { sector: ['public'] },
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:GOVERN-2.2'],
      force: 'voluntary',
      source: source(
        '§3 (government)',
        'Only the first part of §3 appears in the contents list seen; the rest is unknown (fact sheet §10 item 4).',
      ),
      confidence: 'secondary',
    },
  ],
};

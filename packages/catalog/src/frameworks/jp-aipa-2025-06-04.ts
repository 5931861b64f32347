import type { TFrameworkVersion, TLocalizedText, TRequirement } from '../catalog-model.js';

// AI Promotion Act (Act No. 53 of 2025) as context only: it has no penalties, and the only "must" aimed at
// businesses is the duty to cooperate (Art. 7), with no sanction [V]. Nothing here is assessed as an obligation.
// Art. 16 does not provide for naming businesses; only press reports on the draft bill said so [S].

const LAW_URL = 'https://laws.e-gov.go.jp/law/507AC0000000053';

const source = (section: string, note?: string): TRequirement['source'] => ({
  document:
    'Act on Promotion of Research and Development and Utilization of AI-Related Technologies (人工知能関連技術の研究開発及び活用の推進に関する法律, Act No. 53 of 2025)',
  version: '2025-06-04',
  section,
  date: '2025-06-04',
  url: LAW_URL,
  confidence: 'verified',
  ...(note ? { note } : {}),
});

const context = (
  id: string,
  title: TLocalizedText,
  guidance: TLocalizedText,
  src: TRequirement['source'],
  confidence: TRequirement['confidence'],
  effectiveFrom: string,
): TRequirement => ({
  id: `jp-aipa:${id}`,
  title,
  guidance,
  appliesTo: ['developer', 'provider', 'business_user'],
  applicability: { always: true },
  expectedEvidence: [],
  crosswalk: [],
  force: 'context',
  effectiveFrom,
  source: src,
  confidence,
});

// Arts. 1–17 took effect on promulgation; Arts. 18–28 (Basic Plan, Strategic Headquarters) on 2025-09-01 [V].
const FIRST_STAGE = '2025-06-04';
const SECOND_STAGE = '2025-09-01';

export const JP_AIPA_2025_06_04: TFrameworkVersion = {
  frameworkId: 'jp-aipa',
  version: '2025-06-04',
  publishedOn: '2025-06-04',
  status: 'current',
  requirements: [
    context(
      'art3',
      { ja: '基本理念', en: 'Basic principles' },
      {
        ja: '法律の基本理念を定める条文です。第4項は、AIの不適切な利用が犯罪、個人情報の漏えい、著作権の侵害などにつながるおそれに触れ、透明性の確保を求めています。事業者に直接の義務を課す条文ではありません。',
        en: "Sets out the Act's basic principles. Paragraph 4 names the risk that improper AI use leads to crime, leaks of personal data or copyright infringement, and calls for transparency. It places no direct duty on businesses.",
      },
      source('Art. 3'),
      'verified',
      FIRST_STAGE,
    ),
    context(
      'art7',
      { ja: '活用事業者の責務：国等の施策への協力', en: 'Businesses that use AI: the duty to cooperate' },
      {
        ja: 'AIを活用する事業者は、AIの積極的な活用に努めるとともに、国と地方公共団体の施策に協力しなければなりません。事業者に向けた義務的な規定はこれだけで、違反への制裁はなく、法律全体にも罰則はありません。本カタログでは、協力の実務面をAI事業者ガイドラインと第13条の指針の項目で扱います。',
        en: 'Businesses that use AI are to try to make active use of it and must cooperate with the measures of the State and local governments. This is the only mandatory wording aimed at businesses; it carries no sanction, and the Act has no penalties at all. In this catalog, the practical side of cooperating is covered by the items of the AI Guidelines for Business and the Art. 13 guideline.',
      },
      source('Art. 7 (with Arts. 4–8 on the duties of each actor)'),
      'verified',
      FIRST_STAGE,
    ),
    context(
      'art13',
      { ja: '国際的な規範に即した指針の策定', en: 'Guidelines in line with international norms' },
      {
        ja: '国は、国際的な規範に即して、研究開発と活用の適正性を確保するための指針を定めます。これに基づき、人工知能戦略本部が2025年12月19日に指針を決定しました（本カタログのjp-art13）。',
        en: 'The State is to set guidelines, in line with international norms, for keeping AI research, development and use appropriate. On this basis the AI Strategic Headquarters adopted its guideline on 19 December 2025 (jp-art13 in this catalog).',
      },
      source('Art. 13', 'Art. 13 is [V]; the adoption date of the guideline is [S] (fact sheet §0, §3).'),
      'secondary',
      FIRST_STAGE,
    ),
    context(
      'art16',
      { ja: '国による情報収集・分析と指導・助言', en: 'Government research, analysis, guidance and advice' },
      {
        ja: '国は、AIの動向に関する情報を集め、不適切な利用により権利利益が害された事案を分析して対策を検討し、それに基づいて事業者などに指導、助言、情報提供を行います。条文は事業者名の公表に触れていません。法案段階では、悪質な事業者の名前が公表され得るとの報道がありました。',
        en: "The State gathers information on AI trends, analyses cases where improper AI use harmed people's rights and interests, studies countermeasures, and on that basis gives businesses and others guidance, advice and information. The text does not mention publishing business names; press reports on the draft bill said bad actors could be named.",
      },
      source('Art. 16', 'Article content is [V]; the press reports on naming are [S] (fact sheet §2).'),
      'secondary',
      FIRST_STAGE,
    ),
    context(
      'art18',
      { ja: '人工知能基本計画', en: 'The AI Basic Plan' },
      {
        ja: '人工知能戦略本部が基本計画の案を作成し、閣議決定を経て公表します。最初の計画は2025年12月23日に閣議決定され、「信頼できるAI」を基盤に、AIを最も開発・活用しやすい国を目指すとしています。「AIを使う」「AIを創る」「AIの信頼性を高める」「AIと協働する」の4つの方針を掲げ、当面は毎年改定されます。',
        en: 'The AI Strategic Headquarters drafts the AI Basic Plan; the Cabinet adopts it and it is published. The first plan, adopted on 23 December 2025, aims to make Japan the easiest country in which to develop and use AI, built on trustworthy AI. It sets four policies (use AI, create AI, trust AI, work with AI) and is to be revised yearly for now.',
      },
      source(
        'Art. 18',
        "Art. 18 is [V]; the first plan's date and content are [S], from https://www.cao.go.jp/press/new_wave/20260206.html.",
      ),
      'secondary',
      SECOND_STAGE,
    ),
    context(
      'art25',
      { ja: '人工知能戦略本部による資料提出の求め', en: 'The AI Strategic Headquarters may request materials' },
      {
        ja: '内閣に置かれる人工知能戦略本部（本部長は内閣総理大臣）は、資料の提出などを求めることができ、第2項によりその相手は事業者を含む誰にでも及びます。AIの管理台帳やガバナンスの記録を、求めに応じて提出できる形で保っておくと対応が円滑です。',
        en: 'The AI Strategic Headquarters in the Cabinet, chaired by the Prime Minister, may request materials, and under paragraph 2 it may ask anyone, businesses included. Keeping your AI inventory and governance records in a shape you can hand over makes such a request easy to answer.',
      },
      source('Art. 25 (with Arts. 19–28 on the Headquarters)'),
      'verified',
      SECOND_STAGE,
    ),
  ],
};

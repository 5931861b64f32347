import type { TEvidenceKind, TFrameworkVersion, TLocalizedText, TRequirement } from '../catalog-model.js';

// NIST AI RMF 1.0 subcategories, as crosswalk targets only: the ones Japanese requirements link to.
// The function/category structure and subcategory counts are [V]; the topic of each individual subcategory is
// from memory [M], so each item is unverified while its citation (function and category) is verified.

// Verified structure (fact sheet §8): subcategories per category. Tests check every cited number against it.
export const NIST_RMF_SUBCATEGORY_COUNTS: Record<string, number> = {
  'GOVERN-1': 7,
  'GOVERN-2': 3,
  'GOVERN-3': 2,
  'GOVERN-4': 3,
  'GOVERN-5': 2,
  'GOVERN-6': 2,
  'MAP-1': 6,
  'MAP-2': 3,
  'MAP-3': 5,
  'MAP-4': 2,
  'MAP-5': 2,
  'MEASURE-1': 3,
  'MEASURE-2': 13,
  'MEASURE-3': 3,
  'MEASURE-4': 3,
  'MANAGE-1': 4,
  'MANAGE-2': 4,
  'MANAGE-3': 2,
  'MANAGE-4': 3,
};

const subcategory = (
  ref: string,
  category: string,
  title: TLocalizedText,
  guidance: TLocalizedText,
  expectedEvidence: TEvidenceKind[],
): TRequirement => ({
  id: `nist-rmf:${ref}`,
  title,
  guidance,
  appliesTo: ['developer', 'provider', 'business_user'],
  applicability: { always: true },
  expectedEvidence,
  crosswalk: [],
  force: 'reference',
  source: {
    document: 'NIST Artificial Intelligence Risk Management Framework (AI RMF 1.0)',
    version: '1.0',
    section: `${ref.replace('-', ' ')} (category: ${category})`,
    date: '2023-01-26',
    confidence: 'verified',
    note: 'Function, category and subcategory count are [V] (fact sheet §8); the topic of this subcategory is [M].',
  },
  confidence: 'unverified',
});

export const NIST_RMF_1_0: TFrameworkVersion = {
  frameworkId: 'nist-rmf',
  version: '1.0',
  publishedOn: '2023-01-26',
  status: 'current',
  requirements: [
    subcategory(
      'GOVERN-1.1',
      'policies',
      { ja: 'AIに関する法令上の要求事項の把握', en: 'Legal and regulatory requirements for AI are understood' },
      {
        ja: 'AIに適用される法令上の要求事項を把握し、管理し、文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether the legal and regulatory requirements that bear on AI are understood, managed and documented.',
      },
      ['other'],
    ),
    subcategory(
      'GOVERN-1.2',
      'policies',
      { ja: '信頼できるAIの特性を方針に反映', en: 'Trustworthiness built into policies' },
      {
        ja: '信頼できるAIの特性を組織の方針や手順に組み込んでいるかを問うサブカテゴリです。',
        en: "Asks whether the characteristics of trustworthy AI are built into the organisation's policies and procedures.",
      },
      ['other'],
    ),
    subcategory(
      'GOVERN-1.5',
      'policies',
      { ja: '継続的な監視と定期的な見直し', en: 'Ongoing monitoring and periodic review' },
      {
        ja: 'リスク管理の継続的な監視と定期的な見直しを計画し、役割を定めているかを問うサブカテゴリです。',
        en: 'Asks whether ongoing monitoring and periodic review of risk management are planned, with roles assigned.',
      },
      ['other'],
    ),
    subcategory(
      'GOVERN-2.1',
      'accountability',
      { ja: '役割・責任・連絡経路の文書化', en: 'Roles, responsibilities and lines of communication documented' },
      {
        ja: 'AIリスク管理に関する役割、責任、連絡経路を文書化し、周知しているかを問うサブカテゴリです。',
        en: 'Asks whether roles, responsibilities and lines of communication for AI risk management are documented and known.',
      },
      ['other'],
    ),
    subcategory(
      'GOVERN-2.2',
      'accountability',
      { ja: 'AIリスク管理の研修', en: 'AI risk management training' },
      {
        ja: '従業員や協力先がAIリスク管理に必要な研修を受けているかを問うサブカテゴリです。',
        en: 'Asks whether staff and partners receive the training they need for AI risk management.',
      },
      ['other'],
    ),
    subcategory(
      'GOVERN-2.3',
      'accountability',
      { ja: '経営層による責任の引受け', en: 'Executive leadership takes responsibility' },
      {
        ja: 'AIのリスクに関する判断について、経営層が責任を負っているかを問うサブカテゴリです。',
        en: 'Asks whether executive leadership takes responsibility for decisions about AI risks.',
      },
      ['other'],
    ),
    subcategory(
      'GOVERN-4.3',
      'risk culture',
      {
        ja: 'テスト・インシデント把握・情報共有の実践',
        en: 'Testing, incident identification and information sharing',
      },
      {
        ja: 'AIのテスト、インシデントの把握、情報共有を可能にする組織的な実践があるかを問うサブカテゴリです。',
        en: 'Asks whether organisational practices enable AI testing, the identification of incidents and information sharing.',
      },
      ['incident_procedure', 'safety_test'],
    ),
    subcategory(
      'GOVERN-5.1',
      'engaging AI actors',
      { ja: '外部関係者からのフィードバック', en: 'Feedback from external stakeholders' },
      {
        ja: '外部の関係者から意見を集め、検討し、AIの設計や運用に反映しているかを問うサブカテゴリです。',
        en: 'Asks whether feedback from outside stakeholders is collected, considered and fed into AI design and operation.',
      },
      ['feedback_channel'],
    ),
    subcategory(
      'GOVERN-6.1',
      'third parties',
      { ja: '第三者に起因するリスクへの方針', en: 'Policies for third-party risks' },
      {
        ja: '第三者のデータ、ソフトウェア、権利侵害などに起因するリスクに対処する方針があるかを問うサブカテゴリです。',
        en: 'Asks whether policies address risks that come from third parties, including their data, software and rights.',
      },
      ['contract'],
    ),
    subcategory(
      'MAP-1.1',
      'context',
      { ja: '意図した目的と利用状況の把握', en: 'Intended purpose and context are understood' },
      {
        ja: 'AIシステムの意図した目的、利用される状況、関連する法令や規範を把握し、文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether the intended purpose, the context of use and the relevant laws and norms are understood and documented.',
      },
      ['model_card'],
    ),
    subcategory(
      'MAP-2.2',
      'categorisation',
      { ja: '知識の限界と人による監督の文書化', en: 'Limits of the system and human oversight documented' },
      {
        ja: 'AIシステムの限界や、出力を人がどう利用・監督するかについての情報を文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether the limits of the system, and how people use and oversee its outputs, are documented.',
      },
      ['model_card', 'user_notice'],
    ),
    subcategory(
      'MAP-3.5',
      'benefits and costs',
      { ja: '人による監督のプロセス', en: 'Human oversight processes' },
      {
        ja: '人による監督の手順を定義し、評価し、文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether processes for human oversight are defined, assessed and documented.',
      },
      ['other'],
    ),
    subcategory(
      'MAP-4.1',
      'component risks',
      { ja: '構成要素の法的リスクの把握', en: 'Legal risks of components are mapped' },
      {
        ja: '第三者のデータやソフトウェアを含む構成要素について、知的財産権などの法的リスクを把握しているかを問うサブカテゴリです。',
        en: 'Asks whether legal risks of components, including third-party data and software and their IP rights, are mapped.',
      },
      ['model_card', 'contract'],
    ),
    subcategory(
      'MAP-5.1',
      'impacts',
      { ja: '影響の発生可能性と大きさ', en: 'Likelihood and magnitude of impacts' },
      {
        ja: '特定した影響ごとに、発生の可能性と影響の大きさを見積もり、記録しているかを問うサブカテゴリです。',
        en: 'Asks whether the likelihood and size of each identified impact are estimated and recorded.',
      },
      ['dpia'],
    ),
    subcategory(
      'MEASURE-2.6',
      'trustworthiness',
      { ja: '安全性リスクの評価', en: 'Safety risks evaluated' },
      {
        ja: 'AIシステムの安全性リスクを定期的に評価しているかを問うサブカテゴリです。',
        en: 'Asks whether the safety risks of the AI system are evaluated regularly.',
      },
      ['safety_test'],
    ),
    subcategory(
      'MEASURE-2.7',
      'trustworthiness',
      { ja: 'セキュリティと回復力の評価', en: 'Security and resilience evaluated' },
      {
        ja: 'AIシステムのセキュリティと回復力を評価し、文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether the security and resilience of the AI system are evaluated and documented.',
      },
      ['safety_test'],
    ),
    subcategory(
      'MEASURE-2.8',
      'trustworthiness',
      { ja: '透明性とアカウンタビリティのリスク', en: 'Transparency and accountability risks examined' },
      {
        ja: '透明性と説明責任に関わるリスクを検討し、文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether risks to transparency and accountability are examined and documented.',
      },
      ['user_notice', 'model_card'],
    ),
    subcategory(
      'MEASURE-2.9',
      'trustworthiness',
      { ja: 'モデルの説明可能性', en: 'The model is explained' },
      {
        ja: 'モデルの仕組みを説明し、検証し、出力を文脈に沿って解釈できるよう文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether the model is explained, validated and documented so that its outputs can be read in context.',
      },
      ['model_card'],
    ),
    subcategory(
      'MEASURE-2.10',
      'trustworthiness',
      { ja: 'プライバシーリスクの評価', en: 'Privacy risk examined' },
      {
        ja: 'AIシステムのプライバシーリスクを検討し、文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether the privacy risk of the AI system is examined and documented.',
      },
      ['dpia'],
    ),
    subcategory(
      'MEASURE-2.11',
      'trustworthiness',
      { ja: '公平性とバイアスの評価', en: 'Fairness and bias evaluated' },
      {
        ja: '公平性とバイアスを評価し、その結果を文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether fairness and bias are evaluated and the results documented.',
      },
      ['bias_test'],
    ),
    subcategory(
      'MEASURE-3.3',
      'tracking',
      { ja: '利用者からのフィードバックと異議申立て', en: 'End-user feedback and appeals' },
      {
        ja: '利用者や影響を受ける人が問題を報告し、結果に異議を申し立てられる仕組みがあるかを問うサブカテゴリです。',
        en: 'Asks whether end users and affected people can report problems and contest outcomes.',
      },
      ['feedback_channel'],
    ),
    subcategory(
      'MANAGE-1.3',
      'prioritise and respond',
      { ja: '優先度の高いリスクへの対応', en: 'Responses to high-priority risks' },
      {
        ja: '優先度の高いリスクへの対応策を立案し、計画し、文書化しているかを問うサブカテゴリです。',
        en: 'Asks whether responses to the highest-priority risks are developed, planned and documented.',
      },
      ['other'],
    ),
    subcategory(
      'MANAGE-2.4',
      'benefits and harms',
      { ja: 'システムの停止・切替えの仕組み', en: 'Means to override or switch off a system' },
      {
        ja: '想定外の動作をしたAIシステムを置き換え、切り離し、停止する仕組みがあるかを問うサブカテゴリです。',
        en: 'Asks whether there are means to supersede, disengage or switch off an AI system that behaves unexpectedly.',
      },
      ['incident_procedure'],
    ),
    subcategory(
      'MANAGE-3.1',
      'third parties',
      { ja: '第三者のAIリスクの監視', en: 'Third-party AI risks monitored' },
      {
        ja: '外部から調達したAIのリスクと便益を定期的に監視しているかを問うサブカテゴリです。',
        en: 'Asks whether the risks and benefits of AI obtained from third parties are monitored regularly.',
      },
      ['contract'],
    ),
    subcategory(
      'MANAGE-4.1',
      'treatment and communication',
      { ja: '導入後の監視計画', en: 'Post-deployment monitoring' },
      {
        ja: '導入後の監視計画を実施し、利用者の声、異議申立て、インシデント対応、廃止までを扱っているかを問うサブカテゴリです。',
        en: 'Asks whether post-deployment monitoring is in place, covering user input, appeals, incident response and retirement.',
      },
      ['incident_procedure', 'feedback_channel'],
    ),
    subcategory(
      'MANAGE-4.3',
      'treatment and communication',
      { ja: 'インシデントとエラーの伝達', en: 'Incidents and errors communicated' },
      {
        ja: 'インシデントやエラーを、影響を受ける人を含む関係者に伝えているかを問うサブカテゴリです。',
        en: 'Asks whether incidents and errors are communicated to the relevant parties, including affected people.',
      },
      ['incident_procedure'],
    ),
  ],
};

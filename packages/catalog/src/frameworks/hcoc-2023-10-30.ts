import type { TEvidenceKind, TFrameworkVersion, TLocalizedText, TRequirement } from '../catalog-model.js';

// Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems (G7,
// 2023-10-30), voluntary. The eleven actions and their order are [S] (fact sheet §6: some sites misorder them).
// Applies to developers of advanced models only.

const CODE_URL = 'https://www.mofa.go.jp/files/100573472.pdf';

const action = (
  n: number,
  title: TLocalizedText,
  guidance: TLocalizedText,
  expectedEvidence: TEvidenceKind[],
  crosswalk: string[],
): TRequirement => ({
  id: `hcoc:${n}`,
  title,
  guidance,
  appliesTo: ['developer'],
  applicability: { fact: 'advancedModel' },
  expectedEvidence,
  crosswalk,
  force: 'voluntary',
  source: {
    document: 'Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems',
    version: '2023-10-30',
    section: `Action ${n}`,
    date: '2023-10-30',
    url: CODE_URL,
    confidence: 'secondary',
  },
  confidence: 'secondary',
});

export const HCOC_2023_10_30: TFrameworkVersion = {
  frameworkId: 'hcoc',
  version: '2023-10-30',
  publishedOn: '2023-10-30',
  status: 'current',
  requirements: [
    action(
      1,
      {
        ja: 'ライフサイクル全体でのリスクの特定・評価・軽減',
        en: 'Identify, evaluate and reduce risks across the life cycle',
      },
      {
        ja: '開発から導入、その後に至るライフサイクル全体を通じて、高度なAIシステムのリスクを特定し、評価し、軽減します。実施した評価と講じた対策を記録します。',
        en: 'Across the whole life cycle of an advanced AI system, from development through deployment and beyond, identify, evaluate and reduce its risks. Record the evaluations run and the measures taken.',
      },
      ['safety_test'],
      ['iso42001:A.5.2', 'nist-rmf:MAP-5.1', 'nist-rmf:MANAGE-1.3', 'euaia:art55'],
    ),
    action(
      2,
      {
        ja: '導入後の脆弱性・インシデント・悪用への対応',
        en: 'Deal with vulnerabilities, incidents and misuse after release',
      },
      {
        ja: '市場に出した後も、脆弱性、悪用のパターン、インシデントを監視し、見つかったものに対処します。',
        en: 'After release, keep watching for vulnerabilities, patterns of misuse and incidents, and deal with what you find.',
      },
      ['incident_procedure'],
      ['iso42001:A.6.2.6', 'nist-rmf:MANAGE-4.1', 'euaia:art72'],
    ),
    action(
      3,
      { ja: '能力・限界・適切な利用範囲の公表', en: 'Publish capabilities, limitations and appropriate use' },
      {
        ja: '高度なAIシステムの能力と限界、適切な利用と不適切な利用の範囲を公表し、透明性と説明責任を高めます。',
        en: 'Publish what the advanced AI system can and cannot do, and where its use is and is not appropriate, to support transparency and accountability.',
      },
      ['model_card', 'user_notice'],
      ['iso42001:A.8.2', 'nist-rmf:MAP-2.2', 'euaia:art53'],
    ),
    action(
      4,
      { ja: '責任ある情報共有とインシデントの報告', en: 'Share information responsibly and report incidents' },
      {
        ja: '他の組織や政府などの関係者との間で、評価結果やインシデントに関する情報を責任をもって共有します。',
        en: 'Share evaluation results and information on incidents responsibly with other organisations, governments and other relevant parties.',
      },
      ['incident_procedure'],
      ['iso42001:A.8.4', 'nist-rmf:GOVERN-4.3', 'nist-rmf:MANAGE-4.3', 'euaia:art55'],
    ),
    action(
      5,
      { ja: 'AIガバナンスとリスク管理方針の策定・開示', en: 'Develop and disclose governance and risk policies' },
      {
        ja: 'プライバシー方針を含め、AIガバナンスとリスク管理の方針を策定し、開示します。',
        en: 'Develop and disclose your AI governance and risk management policies, including your privacy policy.',
      },
      ['other'],
      ['iso42001:A.2.2', 'nist-rmf:GOVERN-1.2'],
    ),
    action(
      6,
      {
        ja: '物理的・サイバー・内部脅威に対するセキュリティ管理',
        en: 'Security controls: physical, cyber and insider',
      },
      {
        ja: 'モデルなどの重要な資産を守るため、物理的セキュリティ、サイバーセキュリティ、内部脅威への対策を含む堅牢なセキュリティ管理に投資し、実施します。',
        en: 'Invest in and run strong security controls, covering physical security, cybersecurity and insider threats, to protect the model and other key assets.',
      },
      ['safety_test'],
      ['nist-rmf:MEASURE-2.7', 'euaia:art55'],
    ),
    action(
      7,
      { ja: 'コンテンツの認証と来歴の仕組み', en: 'Content authentication and provenance' },
      {
        ja: '技術的に可能な範囲で、電子透かしなどによりAIが生成したコンテンツを見分けられる認証・来歴の仕組みを導入します。',
        en: 'Where technically feasible, use authentication and provenance mechanisms, such as watermarking, so that AI-generated content can be recognised.',
      },
      ['other'],
      ['euaia:art50'],
    ),
    action(
      8,
      {
        ja: '社会・安全・セキュリティ上のリスクに関する研究の優先',
        en: 'Prioritise research on societal, safety and security risks',
      },
      {
        ja: '社会的リスクや安全・セキュリティ上のリスクを減らすための研究を優先し、効果的な対策に投資します。',
        en: 'Give priority to research that reduces societal, safety and security risks, and invest in effective mitigations.',
      },
      ['other'],
      [],
    ),
    action(
      9,
      { ja: '世界の課題解決に向けたAIの開発', en: "AI for the world's greatest challenges" },
      {
        ja: '世界が直面する大きな課題の解決に役立つ高度なAIシステムの開発を優先します。',
        en: 'Give priority to developing advanced AI systems that help address the greatest challenges the world faces.',
      },
      ['other'],
      [],
    ),
    action(
      10,
      { ja: '国際的な技術標準の推進と採用', en: 'Advance and adopt international technical standards' },
      {
        ja: '国際的な技術標準の策定を後押しし、適切な場合にはそれを採用します。',
        en: 'Help develop international technical standards, and adopt them where appropriate.',
      },
      ['other'],
      [],
    ),
    action(
      11,
      {
        ja: 'データ入力の管理と個人データ・知的財産の保護',
        en: 'Data input measures; protecting personal data and intellectual property',
      },
      {
        ja: '学習データの質の管理や有害なバイアスの抑制など、データ入力について適切な措置を講じ、個人データと知的財産を保護します。',
        en: 'Take appropriate measures on data inputs, such as managing training-data quality and limiting harmful bias, and protect personal data and intellectual property.',
      },
      ['dpia', 'model_card'],
      ['iso42001:A.7.4', 'iso42001:A.7.5', 'nist-rmf:MEASURE-2.10', 'nist-rmf:GOVERN-6.1', 'euaia:art53'],
    ),
    {
      id: 'hcoc:oecd-report',
      title: { ja: 'OECDの広島プロセス報告枠組み（参考）', en: 'OECD reporting framework for the Code (context)' },
      guidance: {
        ja: '行動規範への取組を報告するOECDの枠組みは、2024年7〜9月の試行（20組織）を経て2025年2月7日に始まりました。初回の報告は2025年4月に約20組織が提出し、報告は毎年行われ全文が公開されます。第2.0版では役割ごとに質問が分かれています。',
        en: 'The OECD framework for reporting on the Code was piloted from July to September 2024 with 20 organisations and launched on 7 February 2025. About 20 organisations filed first reports in April 2025; reporting is annual and reports are published in full. Version 2.0 splits the questions by role.',
      },
      appliesTo: ['developer'],
      applicability: { fact: 'advancedModel' },
      expectedEvidence: [],
      crosswalk: [],
      force: 'context',
      source: {
        document: 'OECD Hiroshima AI Process (HAIP) reporting framework',
        version: '2025-02-07',
        section: 'Launch, reporting cycle and structure',
        date: '2025-02-07',
        url: 'https://transparency.oecd.ai/faq',
        confidence: 'secondary',
        note: 'The date of version 2.0 is not verified (fact sheet §10 item 9).',
      },
      confidence: 'secondary',
    },
  ],
};

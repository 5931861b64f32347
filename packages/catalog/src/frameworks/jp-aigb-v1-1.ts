import type {
  TEvidenceKind,
  TFrameworkVersion,
  TLocalizedText,
  TPredicate,
  TRequirement,
  TRole,
} from '../catalog-model.js';

// AI Guidelines for Business (AI事業者ガイドライン) v1.1, MIC + METI, 2025-03-28.
// Principle names, parts, roles and the governance cycle are [S]. Principle sub-items, the D-/P-/U- item table and
// the Appendix 2 action-target numbers are [M] (fact sheet §1), so those items are unverified even though the part
// they cite is secondary. "C-n", "E-n-n" and "E-exec" are this catalog's keys, not official numbers.

export const AIGB_URL = 'https://www.meti.go.jp/shingikai/mono_info_service/ai_shakai_jisso/20240419_report.html';

const ALL: TRole[] = ['developer', 'provider', 'business_user'];
const ALWAYS: TPredicate = { always: true };
const PERSONAL_DATA: TPredicate = { fact: 'usesPersonalData' };

export const buildAigbSource = (
  version: string,
  date: string,
  section: string,
  note: string,
): TRequirement['source'] => ({
  document: 'AI Guidelines for Business (AI事業者ガイドライン), MIC and METI',
  version,
  section,
  date,
  url: AIGB_URL,
  confidence: 'secondary',
  note,
});

type ItemSpec = {
  key: string;
  title: TLocalizedText;
  guidance: TLocalizedText;
  appliesTo?: TRole[];
  applicability?: TPredicate;
  expectedEvidence: TEvidenceKind[];
  crosswalk: string[];
};

const PRINCIPLE_NOTE =
  'Principle name and position in Part 2 C are [S]; the sub-items paraphrased in the guidance are [M] (fact sheet §1.1).';
const ROLE_NOTE = 'The part and role are [S]; the item ID and its content are [M] (fact sheet §1.2).';
const GOVERNANCE_NOTE =
  'The agile governance cycle is [S]; action-target numbering and wording are [M] (fact sheet §1.3).';

const buildItem = (spec: ItemSpec, section: string, note: string): TRequirement => ({
  id: `jp-aigb:${spec.key}`,
  title: spec.title,
  guidance: spec.guidance,
  appliesTo: spec.appliesTo ?? ALL,
  applicability: spec.applicability ?? ALWAYS,
  expectedEvidence: spec.expectedEvidence,
  crosswalk: spec.crosswalk,
  force: 'voluntary',
  source: buildAigbSource('1.1', '2025-03-28', section, note),
  confidence: 'unverified',
});

const principle = (n: number, spec: Omit<ItemSpec, 'key'>): TRequirement =>
  buildItem({ ...spec, key: `C-${n}` }, `Part 2 C, common guiding principle ${n})`, PRINCIPLE_NOTE);

const PART_BY_ROLE = { D: 'Part 3 (AI developers)', P: 'Part 4 (AI providers)', U: 'Part 5 (AI business users)' };
const ROLE_BY_PREFIX: Record<keyof typeof PART_BY_ROLE, TRole> = { D: 'developer', P: 'provider', U: 'business_user' };

const roleItem = (key: `${keyof typeof PART_BY_ROLE}-${number}`, spec: Omit<ItemSpec, 'key' | 'appliesTo'>) => {
  const prefix = key[0] as keyof typeof PART_BY_ROLE;
  return buildItem({ ...spec, key, appliesTo: [ROLE_BY_PREFIX[prefix]] }, PART_BY_ROLE[prefix], ROLE_NOTE);
};

const governanceItem = (key: string, target: string, spec: Omit<ItemSpec, 'key'>): TRequirement =>
  buildItem({ ...spec, key }, `Part 2 E and Appendix 2 (AI governance), ${target}`, GOVERNANCE_NOTE);

export const JP_AIGB_V1_1: TFrameworkVersion = {
  frameworkId: 'jp-aigb',
  version: '1.1',
  publishedOn: '2025-03-28',
  status: 'superseded',
  requirements: [
    principle(1, {
      title: { ja: '人間中心：人の尊厳と自律の尊重', en: 'Human-centric: respect for dignity and autonomy' },
      guidance: {
        ja: 'AIの開発・提供・利用を通じて、人の尊厳と自律を損なわないようにします。人の意思決定や感情を不当に誘導するAIの使い方に注意し、偽情報・誤情報への対策、多様な人が恩恵を受けられるための配慮、利用者への支援、持続可能性への配慮を行います。',
        en: "Make sure that developing, providing or using the AI does not undermine people's dignity or autonomy. Watch for uses that unfairly steer people's decisions or emotions, act against false and misleading information, make the benefits reachable for diverse people, support users, and keep sustainability in view.",
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.5.4', 'iso42001:A.5.5', 'nist-rmf:MAP-5.1', 'euaia:art5'],
    }),
    principle(2, {
      title: {
        ja: '安全性：生命・身体・財産等への危害の防止',
        en: 'Safety: preventing harm to life, body and property',
      },
      guidance: {
        ja: 'AIが人の生命・身体・財産、心身の健康、環境に危害を及ぼさないよう、リスクを評価して対策を講じます。想定された範囲で適正に利用されるようにし、学習に用いるデータの適正さにも配慮します。',
        en: "Assess and reduce the risk that the AI harms people's life, body or property, their mental wellbeing, or the environment. Keep its use within the intended scope, and make sure the data it learns from is appropriate.",
      },
      expectedEvidence: ['safety_test'],
      crosswalk: ['iso42001:A.6.2.4', 'nist-rmf:MEASURE-2.6', 'nist-rmf:MANAGE-2.4', 'euaia:art15'],
    }),
    principle(3, {
      title: { ja: '公平性：バイアスの低減と人による判断', en: 'Fairness: reducing bias and keeping human judgement' },
      guidance: {
        ja: 'データやアルゴリズムなどAIの構成要素に潜むバイアスを把握し、不当な差別が生じないよう努めます。AIの出力をそのまま判断とせず、重要な場面では人が判断に関与します。',
        en: "Find the bias that can sit in the AI's components, such as its data and algorithms, and work to prevent unfair discrimination. Do not let outputs become decisions unchecked: keep a person in the judgement where it matters.",
      },
      expectedEvidence: ['bias_test'],
      crosswalk: ['iso42001:A.5.4', 'iso42001:A.7.4', 'nist-rmf:MEASURE-2.11', 'euaia:art10'],
    }),
    principle(4, {
      title: { ja: 'プライバシー保護：システム全体での保護', en: 'Privacy protection across systems and services' },
      guidance: {
        ja: 'AIシステムとそれを用いたサービス全体を通じて、個人情報を含むプライバシーをその重要性に応じて保護します。関係法令の遵守が前提です。',
        en: 'Protect privacy, including personal data, across the AI system and the services built on it, in proportion to what is at stake. Complying with the applicable law is the starting point.',
      },
      applicability: PERSONAL_DATA,
      expectedEvidence: ['dpia'],
      crosswalk: ['iso42001:A.5.4', 'nist-rmf:MEASURE-2.10'],
    }),
    principle(5, {
      title: {
        ja: 'セキュリティ確保：対策の実施と新たな脅威への対応',
        en: 'Security: protective measures and new threats',
      },
      guidance: {
        ja: '不正な操作や情報漏えいによってAIの挙動が損なわれないよう、セキュリティ対策を講じます。新たな攻撃手法などの動向を継続的に把握し、対策を見直します。',
        en: 'Put security measures in place so that attacks or leaks cannot compromise how the AI behaves. Keep track of new attack techniques and revise the measures as they appear.',
      },
      expectedEvidence: ['safety_test'],
      crosswalk: ['nist-rmf:MEASURE-2.7', 'euaia:art15'],
    }),
    principle(6, {
      title: {
        ja: '透明性：検証可能性と関係者への情報提供',
        en: 'Transparency: verifiability and information for stakeholders',
      },
      guidance: {
        ja: 'AIシステムを検証可能な状態に保ち、関係者に必要な情報を合理的な範囲で提供します。問合せには誠実に対応し、出力の根拠を可能な範囲で説明できるようにします。',
        en: 'Keep the AI system verifiable and give stakeholders the information they need, within reason. Answer questions honestly, and be able to explain the basis of outputs as far as is feasible.',
      },
      expectedEvidence: ['user_notice', 'model_card'],
      crosswalk: [
        'iso42001:A.8.2',
        'iso42001:A.6.2.7',
        'nist-rmf:MEASURE-2.8',
        'nist-rmf:MEASURE-2.9',
        'euaia:art13',
        'euaia:art50',
      ],
    }),
    principle(7, {
      title: {
        ja: 'アカウンタビリティ：追跡可能性と責任の明確化',
        en: 'Accountability: traceability and clear responsibility',
      },
      guidance: {
        ja: 'AIの判断過程や関連するデータを後から追跡できるようにし、指針への対応状況を説明できるようにします。責任者を定め、他の主体との責任分担を明確にし、文書化と問合せへの対応体制を整えます。',
        en: 'Make decisions and the data behind them traceable after the fact, and be able to explain how you meet these principles. Name the people responsible, agree clearly with other parties who is responsible for what, and keep documentation and a way to handle stakeholder queries.',
      },
      expectedEvidence: ['other', 'feedback_channel'],
      crosswalk: [
        'iso42001:A.3.2',
        'iso42001:A.6.2.8',
        'iso42001:A.10.2',
        'nist-rmf:GOVERN-2.1',
        'nist-rmf:MEASURE-3.3',
        'euaia:art12',
      ],
    }),
    principle(8, {
      title: { ja: '教育・リテラシー：知識の習得と学び直し', en: 'Education and literacy: knowledge and reskilling' },
      guidance: {
        ja: 'AIに関わる従業員が、AIの特性やリスクを理解するための知識を身につけられるようにします。業務の変化に応じた学び直しを支援し、関係者への継続的な情報提供を行います。',
        en: 'Help the people who work with AI understand what it can do and what can go wrong. Support reskilling as their work changes, and keep other stakeholders informed over time.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.4.6', 'nist-rmf:GOVERN-2.2', 'euaia:art4'],
    }),
    principle(9, {
      title: { ja: '公正競争確保', en: 'Fair competition' },
      guidance: {
        ja: 'AIをめぐる公正な競争環境の維持に努め、自社のAIの利用が公正な競争を損なわないよう配慮します。',
        en: 'Help keep competition around AI fair, and make sure your own use of AI does not distort it.',
      },
      expectedEvidence: ['other'],
      crosswalk: [],
    }),
    principle(10, {
      title: {
        ja: 'イノベーション：オープンな連携と相互運用性',
        en: 'Innovation: open collaboration and interoperability',
      },
      guidance: {
        ja: 'オープンなイノベーションや相互運用性の確保に取り組み、適切な情報提供を通じてAIによる新たな価値の創出に寄与します。',
        en: 'Take part in open innovation, support interoperability, and share appropriate information so that AI can create new value.',
      },
      expectedEvidence: ['other'],
      crosswalk: [],
    }),

    roleItem('D-2', {
      title: {
        ja: 'AI開発者：適切な学習データと危害を想定した開発',
        en: 'Developers: appropriate training data and harm-aware development',
      },
      guidance: {
        ja: '学習データを適切に収集・管理し、開発段階から人や環境への危害を想定した対策を組み込みます。提供者や利用者が意図どおりに使えるよう、適正な利用を前提に設計します。',
        en: 'Collect and manage training data properly, and build in measures against harm to people and the environment from the development stage. Design the system so that providers and users can use it as intended.',
      },
      expectedEvidence: ['safety_test', 'model_card'],
      crosswalk: ['iso42001:A.4.3', 'iso42001:A.7.4', 'iso42001:A.6.2.4', 'nist-rmf:MEASURE-2.6', 'euaia:art10'],
    }),
    roleItem('D-3', {
      title: { ja: 'AI開発者：データとアルゴリズムのバイアスへの対処', en: 'Developers: bias in data and algorithms' },
      guidance: {
        ja: '学習データとアルゴリズムの双方について偏りがないかを検証し、見つかった偏りを低減します。検証の方法と結果を記録します。',
        en: 'Test both the training data and the algorithms for bias, and reduce what you find. Record how you tested and what you found.',
      },
      expectedEvidence: ['bias_test'],
      crosswalk: ['iso42001:A.7.4', 'nist-rmf:MEASURE-2.11', 'euaia:art10'],
    }),
    roleItem('D-4', {
      title: { ja: 'AI開発者：プライバシーに配慮した学習データ', en: 'Developers: privacy-aware training data' },
      guidance: {
        ja: '学習データに個人情報が含まれる場合は、適法に取得され利用目的の範囲内で使われていることを確認し、不要な個人情報の削除や加工などプライバシーに配慮した措置を講じます。',
        en: 'Where training data includes personal data, confirm it was obtained lawfully and is used within its purpose, and protect privacy, for instance by removing or transforming personal data the model does not need.',
      },
      applicability: PERSONAL_DATA,
      expectedEvidence: ['dpia'],
      crosswalk: ['iso42001:A.7.3', 'nist-rmf:MEASURE-2.10'],
    }),
    roleItem('D-5', {
      title: { ja: 'AI開発者：セキュリティを組み込んだ開発', en: 'Developers: security built in' },
      guidance: {
        ja: '開発段階からセキュリティ対策を組み込み、学習データの汚染やモデルへの攻撃に備えます。公開後も新たな脅威の動向を把握し、必要な対策を講じます。',
        en: 'Build security in from the start, guarding against poisoned training data and attacks on the model. After release, keep watching for new threats and respond to them.',
      },
      expectedEvidence: ['safety_test'],
      crosswalk: ['nist-rmf:MEASURE-2.7', 'euaia:art15'],
    }),
    roleItem('D-6', {
      title: {
        ja: 'AI開発者：検証可能性と関係者への情報提供',
        en: 'Developers: verifiability and information for stakeholders',
      },
      guidance: {
        ja: '開発の過程やモデルの挙動の根拠を後から検証できるよう記録を残します。AIの性能、限界、想定される利用方法を関係者に分かりやすく伝えます。',
        en: "Keep records so that the development process and the basis of the model's behaviour can be checked later. Tell stakeholders clearly what the AI can do, where its limits lie and how it is meant to be used.",
      },
      expectedEvidence: ['model_card'],
      crosswalk: ['iso42001:A.6.2.7', 'iso42001:A.6.2.8', 'nist-rmf:MEASURE-2.9', 'euaia:art11', 'euaia:art13'],
    }),
    roleItem('D-7', {
      title: {
        ja: 'AI開発者：提供者への説明と開発の文書化',
        en: 'Developers: explaining to providers and documenting development',
      },
      guidance: {
        ja: '指針への対応状況をAI提供者に説明できるようにし、開発に関する情報を文書化して保管します。',
        en: 'Be ready to explain to AI providers how you meet the guiding principles, and document and keep the information on how the AI was developed.',
      },
      expectedEvidence: ['model_card', 'contract'],
      crosswalk: ['iso42001:A.6.2.7', 'iso42001:A.10.2', 'nist-rmf:MAP-2.2', 'euaia:art11'],
    }),
    roleItem('D-10', {
      title: { ja: 'AI開発者：イノベーションへの貢献', en: 'Developers: contributing to innovation' },
      guidance: {
        ja: '研究開発の成果や知見を適切に共有し、相互運用性の確保などを通じてイノベーションの促進に寄与します。この項目はD-9と表記される場合があります。',
        en: 'Share research results and know-how where appropriate, and support interoperability, so that innovation can move forward. This item may be numbered D-9.',
      },
      expectedEvidence: ['other'],
      crosswalk: [],
    }),

    roleItem('P-2', {
      title: {
        ja: 'AI提供者：危害を想定したリスク対策と適正利用の仕組み',
        en: 'Providers: risk measures and safeguards for proper use',
      },
      guidance: {
        ja: 'AIを組み込んだサービスが人や社会に危害を及ぼすリスクを評価し、対策を講じます。開発者が想定した範囲で利用されるよう、利用条件の明示や不適切な利用を防ぐ仕組みを設けます。',
        en: 'Assess and address the risk that the AI-based service harms people or society. Set out the conditions of use and put safeguards in place so that the AI is used within the scope its developer intended.',
      },
      expectedEvidence: ['safety_test', 'user_notice'],
      crosswalk: ['iso42001:A.9.4', 'iso42001:A.6.2.6', 'nist-rmf:MANAGE-1.3', 'nist-rmf:MANAGE-2.4', 'euaia:art9'],
    }),
    roleItem('P-3', {
      title: { ja: 'AI提供者：システムとデータのバイアスへの配慮', en: 'Providers: bias in the system and its data' },
      guidance: {
        ja: 'サービスに組み込んだAIや運用時に用いるデータに偏りがないかを確認し、不当な差別につながらないよう対策を講じます。',
        en: 'Check the AI built into the service, and the data it uses in operation, for bias, and act so that it does not lead to unfair discrimination.',
      },
      expectedEvidence: ['bias_test'],
      crosswalk: ['iso42001:A.5.4', 'nist-rmf:MEASURE-2.11'],
    }),
    roleItem('P-4', {
      title: {
        ja: 'AI提供者：プライバシー保護の仕組みと侵害時の対応',
        en: 'Providers: privacy safeguards and response to violations',
      },
      guidance: {
        ja: '個人情報を適切に取り扱う仕組みをサービスに組み込み、プライバシー侵害が起きた場合に速やかに対応できる体制を整えます。',
        en: 'Build proper handling of personal data into the service, and be ready to respond quickly if privacy is violated.',
      },
      applicability: PERSONAL_DATA,
      expectedEvidence: ['dpia', 'incident_procedure'],
      crosswalk: ['iso42001:A.5.4', 'nist-rmf:MEASURE-2.10'],
    }),
    roleItem('P-5', {
      title: {
        ja: 'AI提供者：セキュリティの仕組みと脆弱性への対応',
        en: 'Providers: security measures and vulnerability response',
      },
      guidance: {
        ja: 'サービス全体にセキュリティ対策を講じ、脆弱性が見つかった場合に修正と関係者への連絡を行う手順を定めます。',
        en: 'Secure the whole service, and have a procedure for fixing a vulnerability and informing the parties concerned when one is found.',
      },
      expectedEvidence: ['safety_test', 'incident_procedure'],
      crosswalk: ['nist-rmf:MEASURE-2.7', 'euaia:art15'],
    }),
    roleItem('P-6', {
      title: {
        ja: 'AI提供者：システム構成の文書化とAI利用の告知',
        en: 'Providers: documenting the system and telling people AI is used',
      },
      guidance: {
        ja: 'AIシステムの構成や処理の概要を文書化し、関係者に必要な情報を提供します。AIを利用していることを、利用者や影響を受ける人に伝えます。',
        en: 'Document how the AI system is put together and what it does, and give stakeholders the information they need. Tell users and affected people that AI is being used.',
      },
      expectedEvidence: ['user_notice', 'model_card'],
      crosswalk: ['iso42001:A.8.2', 'iso42001:A.6.2.7', 'nist-rmf:MEASURE-2.8', 'euaia:art50'],
    }),
    roleItem('P-7', {
      title: {
        ja: 'AI提供者：利用者への説明と利用規約の文書化',
        en: 'Providers: explaining to users and documenting the terms of service',
      },
      guidance: {
        ja: '指針への対応状況をAI利用者に説明できるようにし、サービスの利用規約を文書化して示します。',
        en: 'Be ready to explain to AI business users how you meet the guiding principles, and document the terms of service and make them available.',
      },
      expectedEvidence: ['user_notice', 'contract'],
      crosswalk: ['iso42001:A.8.2', 'iso42001:A.10.4', 'euaia:art13'],
    }),

    roleItem('U-2', {
      title: { ja: 'AI利用者：想定された範囲での安全な利用', en: 'Business users: safe use within the intended scope' },
      guidance: {
        ja: '提供者が示した利用範囲と方法に従ってAIを利用し、想定外の使い方による危害を避けます。',
        en: 'Use the AI within the scope and in the way its provider specified, so that unplanned uses do not cause harm.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.9.4', 'nist-rmf:MAP-1.1', 'euaia:art26'],
    }),
    roleItem('U-3', {
      title: {
        ja: 'AI利用者：入力データとプロンプトのバイアスへの配慮',
        en: 'Business users: bias in inputs and prompts',
      },
      guidance: {
        ja: 'AIに入力するデータやプロンプトに偏りがないかに注意し、出力を利用する前に公平性の観点から人が確認します。',
        en: 'Watch for bias in the data and prompts you give the AI, and have a person check outputs for fairness before relying on them.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:MEASURE-2.11'],
    }),
    roleItem('U-4', {
      title: {
        ja: 'AI利用者：個人情報の不適切な入力の防止と侵害時の対応',
        en: 'Business users: no improper input of personal data; response to violations',
      },
      guidance: {
        ja: '個人情報をAIに不適切に入力しないようルールを定め、従業員に周知します。プライバシー侵害が起きた場合の対応手順を整えます。',
        en: 'Set rules so that staff do not enter personal data into the AI improperly, and make sure they know them. Have a procedure for responding if privacy is violated.',
      },
      // Prompts to a generative system can carry personal data even when the system was not designed to use any.
      applicability: { any: [PERSONAL_DATA, { fact: 'generativeAi' }] },
      expectedEvidence: ['incident_procedure', 'other'],
      crosswalk: ['iso42001:A.9.2', 'nist-rmf:MEASURE-2.10'],
    }),
    roleItem('U-5', {
      title: { ja: 'AI利用者：セキュリティ対策の実施', en: 'Business users: security measures' },
      guidance: {
        ja: '提供者が示すセキュリティ上の注意事項に従い、自社の利用環境でアクセス管理や情報管理を徹底します。',
        en: "Follow the provider's security instructions, and control access and information properly in your own environment.",
      },
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:MEASURE-2.7'],
    }),
    roleItem('U-6', {
      title: { ja: 'AI利用者：関係者への情報提供', en: 'Business users: informing stakeholders' },
      guidance: {
        ja: 'AIの出力を業務に用いる場合、影響を受ける顧客や取引先などの関係者に、AIを利用していることを含め必要な情報を提供します。',
        en: 'Where AI outputs feed into your business, give the customers, partners and others affected the information they need, including that AI is involved.',
      },
      expectedEvidence: ['user_notice'],
      crosswalk: ['nist-rmf:MEASURE-2.8', 'euaia:art26', 'euaia:art50'],
    }),
    roleItem('U-7', {
      title: {
        ja: 'AI利用者：関係者への説明と提供文書・利用規約の遵守',
        en: 'Business users: explaining to stakeholders; following supplied documents and terms',
      },
      guidance: {
        ja: 'AIの利用について関係者に説明できるようにします。提供者から受け取った文書を活用し、利用規約を守ります。',
        en: 'Be able to explain your use of the AI to stakeholders. Make use of the documents the provider supplies, and keep to the terms of use.',
      },
      expectedEvidence: ['contract', 'user_notice'],
      crosswalk: ['iso42001:A.9.4', 'iso42001:A.10.3', 'nist-rmf:MANAGE-3.1', 'euaia:art26'],
    }),

    governanceItem('E-1-1', 'action target 1-1', {
      title: { ja: '環境・リスク分析：便益とリスクの把握', en: 'Environment and risk analysis: benefits and risks' },
      guidance: {
        ja: 'AIがもたらす便益とリスクを、自社の事業や関係者への影響という観点から把握します。',
        en: 'Understand the benefits and risks the AI brings, in terms of its effect on your business and on the people it touches.',
      },
      expectedEvidence: ['dpia'],
      crosswalk: ['iso42001:A.5.2', 'nist-rmf:MAP-1.1', 'nist-rmf:MAP-5.1'],
    }),
    governanceItem('E-1-2', 'action target 1-2', {
      title: { ja: '環境・リスク分析：社会的受容の把握', en: 'Environment and risk analysis: social acceptance' },
      guidance: {
        ja: '自社によるAIの開発・提供・利用が社会や関係者にどう受け止められるかを、関係者の声を聞きながら把握します。',
        en: 'Find out, by listening to stakeholders, how society and the people concerned view the way you develop, provide or use AI.',
      },
      expectedEvidence: ['feedback_channel'],
      crosswalk: ['iso42001:A.5.5', 'nist-rmf:GOVERN-5.1'],
    }),
    governanceItem('E-1-3', 'action target 1-3', {
      title: {
        ja: '環境・リスク分析：自社のAI習熟度の把握',
        en: "Environment and risk analysis: the organisation's AI maturity",
      },
      guidance: {
        ja: 'AIに関する自社の経験、人材、体制の習熟度を把握し、ガバナンスの設計に反映します。',
        en: "Take stock of the organisation's experience, people and structures for AI, and let that shape the governance design.",
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.4.6'],
    }),
    governanceItem('E-2-1', 'action target 2-1', {
      title: { ja: 'ゴール設定：AIガバナンス・ゴールの設定', en: 'Goal setting: AI governance goals' },
      guidance: {
        ja: '把握した便益とリスクを踏まえ、自社がAIガバナンスによって目指す姿をゴールとして定めます。',
        en: 'Using what you learned about benefits and risks, set goals for what the organisation wants its AI governance to achieve.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.2.2', 'nist-rmf:GOVERN-1.2'],
    }),
    governanceItem('E-3-1', 'action target 3-1', {
      title: { ja: 'システム設計：ゴールとの乖離への対応', en: 'System design: closing gaps against the goals' },
      guidance: {
        ja: 'ゴールと現状との乖離を評価し、その乖離を埋めるための対応を決めて実行します。',
        en: 'Assess where current practice falls short of the goals, then decide on and carry out the work that closes the gap.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:MANAGE-1.3'],
    }),
    governanceItem('E-3-2', 'action target 3-2', {
      title: { ja: 'システム設計：AIリテラシーの向上', en: 'System design: AI literacy' },
      guidance: {
        ja: 'AIガバナンスを担う人材を含め、従業員のAIリテラシーを高める研修などを計画的に実施します。',
        en: 'Plan and run training and other steps that raise the AI literacy of staff, including the people who run AI governance.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.4.6', 'nist-rmf:GOVERN-2.2', 'euaia:art4'],
    }),
    governanceItem('E-3-3', 'action target 3-3', {
      title: { ja: 'システム設計：主体間の協力', en: 'System design: cooperation between actors' },
      guidance: {
        ja: '取引のある開発者、提供者、利用者との間で、データの扱いや責任の分担などについて必要な情報を共有し、協力します。',
        en: 'Share the information needed with the developers, providers and users you work with, and cooperate with them, for instance on how data is handled and who is responsible for what.',
      },
      expectedEvidence: ['contract'],
      crosswalk: ['iso42001:A.10.2', 'iso42001:A.10.3', 'nist-rmf:GOVERN-6.1'],
    }),
    governanceItem('E-3-4', 'action target 3-4', {
      title: {
        ja: 'システム設計：インシデントの予防と早期対応',
        en: 'System design: preventing incidents and responding early',
      },
      guidance: {
        ja: 'インシデントを未然に防ぐ対策を講じるとともに、発生時に早期に検知して対応できる手順と体制を整えます。',
        en: 'Take measures that prevent incidents, and have procedures and people ready to detect and respond early when one happens.',
      },
      expectedEvidence: ['incident_procedure'],
      crosswalk: [
        'iso42001:A.3.3',
        'iso42001:A.8.4',
        'iso42001:A.6.2.6',
        'nist-rmf:GOVERN-4.3',
        'nist-rmf:MANAGE-4.3',
        'euaia:art73',
      ],
    }),
    governanceItem('E-4-1', 'action target 4-1', {
      title: { ja: '運用：マネジメントシステムの説明可能性', en: 'Operation: an explainable management system' },
      guidance: {
        ja: 'AIマネジメントシステムの運用状況を記録し、社内外に説明できる状態を保ちます。',
        en: 'Record how the AI management system is run, so that you can explain it inside and outside the organisation.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.3.2', 'nist-rmf:GOVERN-2.1'],
    }),
    governanceItem('E-4-2', 'action target 4-2', {
      title: {
        ja: '運用：個々のAIシステムの運用の説明可能性',
        en: 'Operation: explainable operation of each AI system',
      },
      guidance: {
        ja: '個々のAIシステムについて、リスク評価、講じた対策、監視の結果を記録し、説明できる状態を保ちます。',
        en: 'For each AI system, record the risk assessment, the measures taken and the monitoring results, so that they can be explained.',
      },
      expectedEvidence: ['model_card', 'other'],
      crosswalk: ['iso42001:A.6.2.6', 'iso42001:A.6.2.8', 'nist-rmf:MANAGE-4.1'],
    }),
    governanceItem('E-4-3', 'action target 4-3', {
      title: { ja: '運用：ガバナンスに関する情報開示の検討', en: 'Operation: considering disclosure' },
      guidance: {
        ja: 'AIガバナンスの取組について、関係者への情報開示を検討します。',
        en: 'Consider disclosing your AI governance work to stakeholders.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.8.5'],
    }),
    governanceItem('E-5-1', 'action target 5-1', {
      title: { ja: '評価：ガバナンスが機能しているかの検証', en: 'Evaluation: checking that governance works' },
      guidance: {
        ja: 'AIマネジメントシステムが設計どおりに機能しているかを定期的に検証します。',
        en: 'Check regularly that the AI management system works as designed.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:GOVERN-1.5'],
    }),
    governanceItem('E-5-2', 'action target 5-2', {
      title: { ja: '評価：外部の意見の検討', en: 'Evaluation: weighing outside views' },
      guidance: {
        ja: '社外の関係者や専門家の意見を求め、ガバナンスの改善に生かすことを検討します。',
        en: 'Seek the views of outside stakeholders and experts, and consider acting on them to improve your governance.',
      },
      expectedEvidence: ['feedback_channel'],
      crosswalk: ['iso42001:A.8.3', 'nist-rmf:GOVERN-5.1'],
    }),
    governanceItem('E-6-1', 'action target 6-1', {
      title: { ja: '環境・リスクの再分析', en: 'Re-analysis of the environment and risks' },
      guidance: {
        ja: '技術、社会、規制の変化に応じて環境とリスクの分析をやり直し、サイクルを繰り返します。',
        en: 'As technology, society and regulation change, redo the analysis of the environment and risks, and run the cycle again.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.2.4', 'nist-rmf:GOVERN-1.5'],
    }),
    governanceItem('E-exec', 'executive responsibility', {
      title: { ja: '経営層の責任', en: 'Executive responsibility' },
      guidance: {
        ja: 'AIガバナンスを経営層のリーダーシップの下で推進します。ゴールの設定と役割分担は経営層が責任を持って決め、コンプライアンス部門に任せきりにしません。',
        en: 'Run AI governance under the leadership of top management. Management owns the governance goals and decides who does what, rather than handing the whole matter to the compliance team.',
      },
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.3.2', 'iso42001:A.2.2', 'nist-rmf:GOVERN-2.3'],
    }),
  ],
};

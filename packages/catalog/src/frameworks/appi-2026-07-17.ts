import type { TDeadline, TFrameworkVersion, TPredicate, TRequirement, TRole } from '../catalog-model.js';

// APPI (Act No. 57 of 2003) duties that matter for AI, from the article text current to 2026-07-17 [V].
// Breach-report timing and the reportable categories come from the PPC Rules via a secondary summary [S].
// Arts. 21 and 23 are not in the fact sheet: their numbers and content are from memory and marked unverified.

const LAW_URL = 'https://laws.e-gov.go.jp/law/415AC0000000057';
const BREACH_URL = 'https://www.businesslawyers.jp/practices/1433';
const ALERT_URL = 'https://www.ppc.go.jp/news/press/2023/230602kouhou/';

const ALL: TRole[] = ['developer', 'provider', 'business_user'];
const PERSONAL_DATA: TPredicate = { fact: 'usesPersonalData' };

const lawSource = (section: string, confidence: TRequirement['confidence'] = 'verified', note?: string) => ({
  document: 'Act on the Protection of Personal Information (個人情報の保護に関する法律, Act No. 57 of 2003)',
  version: 'as of 2026-07-17',
  section,
  date: '2026-07-17',
  url: LAW_URL,
  confidence,
  ...(note ? { note } : {}),
});

const MEMORY_NOTE = 'Not in the fact sheet: article number and content are from memory [M].';

const breachSource = {
  document: 'PPC Rules under the APPI (個人情報保護委員会規則), breach reporting, as summarised by BUSINESS LAWYERS',
  version: 'as amended April 2024',
  section: 'Rules Art. 7 (reportable incidents), Art. 8 (report contents); reporting timing',
  date: '2024-04',
  url: BREACH_URL,
  confidence: 'secondary',
} as const;

const BREACH_DEADLINES: TDeadline[] = [
  {
    id: 'appi:art26/preliminary',
    kind: 'appi_preliminary',
    recipient: 'regulator',
    nature: 'guidance',
    holder: 'controller',
    days: 5,
    minDays: 3,
    from: 'awareness',
    label: {
      ja: '個人情報保護委員会への速報（把握後速やかに、目安は3〜5日以内）',
      en: 'Preliminary report to the PPC (promptly after awareness; about 3–5 days)',
    },
    source: breachSource,
  },
  {
    id: 'appi:art26/final',
    kind: 'appi_final',
    recipient: 'regulator',
    nature: 'limit',
    holder: 'controller',
    days: 30,
    from: 'awareness',
    label: { ja: '個人情報保護委員会への確報（30日以内）', en: 'Final report to the PPC (within 30 days)' },
    source: breachSource,
  },
  {
    id: 'appi:art26/final-wrongful-purpose',
    kind: 'appi_final',
    recipient: 'regulator',
    nature: 'limit',
    holder: 'controller',
    days: 60,
    from: 'awareness',
    onlyWhen: 'wrongful_purpose',
    replaces: 'appi:art26/final',
    label: {
      ja: '不正の目的によるおそれがある事案の確報（60日以内）',
      en: 'Final report where a wrongful purpose is possible (within 60 days)',
    },
    source: breachSource,
  },
  {
    id: 'appi:art26/data-subjects',
    kind: 'appi_data_subject_notice',
    recipient: 'data_subjects',
    nature: 'promptly',
    holder: 'any',
    from: 'awareness',
    label: {
      ja: '本人への通知（速やかに。困難な場合は代替措置）',
      en: 'Notice to the people affected (promptly; an alternative measure where notice is impractical)',
    },
    source: breachSource,
  },
  {
    id: 'appi:art26/controller-notice',
    kind: 'appi_controller_notice',
    recipient: 'controller',
    nature: 'promptly',
    holder: 'processor',
    from: 'awareness',
    label: {
      ja: '委託元への通知（委託先は、委託元に通知すれば委員会への報告に代えられます）',
      en: 'Notice to the controller (a processor that tells the controller need not report to the PPC itself)',
    },
    source: lawSource('Art. 26(1), proviso'),
  },
];

export const APPI_2026_07_17: TFrameworkVersion = {
  frameworkId: 'appi',
  version: '2026-07-17',
  publishedOn: '2026-07-17',
  status: 'current',
  requirements: [
    {
      id: 'appi:art17',
      title: { ja: '利用目的の特定', en: 'Specifying the purpose of use' },
      guidance: {
        ja: '個人情報の利用目的をできる限り具体的に特定します。AIの学習や精度向上に使う場合は、それが目的に含まれるかを確認します。目的の変更は、変更前の目的と関連性があると合理的に認められる範囲に限られます。',
        en: 'Pin down the purpose for which personal data is used as specifically as you can, and check whether training or improving AI is covered by it. A purpose can be changed only within a scope reasonably related to the original one.',
      },
      appliesTo: ALL,
      applicability: PERSONAL_DATA,
      expectedEvidence: ['user_notice'],
      crosswalk: ['nist-rmf:GOVERN-1.1', 'nist-rmf:MAP-1.1'],
      force: 'binding',
      source: lawSource('Art. 17'),
      confidence: 'verified',
    },
    {
      id: 'appi:art18',
      title: { ja: '利用目的による制限', en: 'Staying within the purpose of use' },
      guidance: {
        ja: '特定した利用目的の達成に必要な範囲を超えて個人情報を扱う場合は、法律が定める例外に当たらない限り、あらかじめ本人の同意を得ます。AIへの入力や学習への転用が目的外に当たらないかを確認します。',
        en: "Handling personal data beyond what the stated purpose needs requires the individual's prior consent, unless a statutory exception applies. Check that feeding the data to an AI, or reusing it for training, stays within the purpose.",
      },
      appliesTo: ALL,
      applicability: PERSONAL_DATA,
      expectedEvidence: ['dpia'],
      crosswalk: ['nist-rmf:GOVERN-1.1', 'nist-rmf:MEASURE-2.10'],
      force: 'binding',
      source: lawSource('Art. 18'),
      confidence: 'verified',
    },
    {
      id: 'appi:art21',
      title: { ja: '取得時の利用目的の通知・公表', en: 'Notifying or publishing the purpose on acquisition' },
      guidance: {
        ja: '個人情報を取得する際は、利用目的を本人に通知するか公表します。AIによる処理を行う場合は、プライバシーポリシー等でそのことが分かるようにします。',
        en: 'When you acquire personal data, tell the individual the purpose or publish it. Where the data will be processed by AI, make that clear, for example in the privacy notice.',
      },
      appliesTo: ALL,
      applicability: PERSONAL_DATA,
      expectedEvidence: ['user_notice'],
      crosswalk: ['iso42001:A.8.2'],
      force: 'binding',
      source: lawSource('Art. 21', 'unverified', MEMORY_NOTE),
      confidence: 'unverified',
    },
    {
      id: 'appi:art20-2',
      title: { ja: '要配慮個人情報の取得には本人の同意', en: 'Consent before acquiring sensitive personal data' },
      guidance: {
        ja: '人種、信条、社会的身分、病歴、犯罪の経歴、犯罪被害の事実などの要配慮個人情報（第2条第3項、政令で定めるものを含む）を取得するには、原則として本人の同意が必要です。要配慮個人情報はオプトアウトによる第三者提供ができません（第27条第2項）。',
        en: "Acquiring sensitive personal data (Art. 2(3): race, creed, social status, medical history, criminal record, having been a victim of crime, and items added by Cabinet Order) needs the individual's consent as a rule. Sensitive data can never be shared with third parties on an opt-out basis (Art. 27(2)).",
      },
      appliesTo: ALL,
      applicability: { fact: 'usesSensitiveData' },
      expectedEvidence: ['dpia', 'other'],
      crosswalk: ['nist-rmf:MEASURE-2.10', 'iso42001:A.7.3'],
      force: 'binding',
      source: lawSource('Art. 20(2), with Art. 2(3) and Art. 27(2)'),
      confidence: 'verified',
    },
    {
      id: 'appi:art23',
      title: { ja: '安全管理措置', en: 'Security control measures' },
      guidance: {
        ja: '取り扱う個人データの漏えい、滅失、毀損を防ぐため、必要かつ適切な安全管理措置を講じます。AIの学習データ、プロンプト、出力のログも対象として扱い、従業員や委託先への監督も行います。',
        en: 'Take the necessary and appropriate measures to keep personal data from being leaked, lost or damaged. Treat AI training data, prompts and output logs as in scope, and supervise staff and contractors who handle the data.',
      },
      appliesTo: ALL,
      applicability: PERSONAL_DATA,
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:MEASURE-2.7', 'nist-rmf:MEASURE-2.10'],
      force: 'binding',
      source: lawSource('Art. 23 (with Arts. 24–25 on supervision)', 'unverified', MEMORY_NOTE),
      confidence: 'unverified',
    },
    {
      id: 'appi:art26',
      title: { ja: '漏えい等の報告と本人への通知', en: 'Reporting breaches and notifying individuals' },
      guidance: {
        ja: '報告対象となる漏えい等が生じたときは、個人情報保護委員会に報告し（委託先は委託元への通知で代えられます）、本人に通知します。通知が困難な場合は代替措置をとります。報告対象は、①要配慮個人情報、②財産的被害のおそれ、③不正の目的によるおそれ、④1,000人を超える事案で、①〜③は1人分でも対象です。高度な暗号化がされたデータは対象外です。速報は把握後速やかに（目安3〜5日）、確報は30日以内（③は60日以内）に、規則で定める9項目を報告します。',
        en: 'When a reportable breach occurs, report it to the PPC (a processor may notify the controller instead) and notify the individuals, or use an alternative where notifying them is impractical. Reportable: (1) sensitive data, (2) risk of financial loss, (3) a possible wrongful purpose, (4) more than 1,000 people; (1)–(3) count even for one person, and highly encrypted data is exempt. Send a preliminary report promptly (about 3–5 days) and a final report within 30 days (60 for case 3), covering the nine items the Rules require.',
      },
      appliesTo: ALL,
      applicability: PERSONAL_DATA,
      expectedEvidence: ['incident_procedure'],
      crosswalk: ['iso42001:A.8.4', 'nist-rmf:MANAGE-4.3'],
      force: 'binding',
      deadlines: BREACH_DEADLINES,
      reportableWhen: ['sensitive_data', 'financial_loss_risk', 'wrongful_purpose', 'over_1000_people'],
      peopleThreshold: 1000,
      exemptWhen: ['highly_encrypted'],
      source: lawSource('Art. 26 (duty); PPC Rules Arts. 7–8 (categories, contents)'),
      // The duty is [V]; the categories and the clocks rest on a secondary summary of the Rules.
      confidence: 'secondary',
    },
    {
      id: 'appi:art27',
      title: { ja: '第三者提供の制限', en: 'Restrictions on providing data to third parties' },
      guidance: {
        ja: '個人データを第三者に提供するには、あらかじめ本人の同意を得るか、個人情報保護委員会に届け出たオプトアウトの手続によります。学習データの外部提供や、外部のAIサービスへの提供が第三者提供に当たるかを確認します。',
        en: "Providing personal data to a third party needs the individual's prior consent, or an opt-out scheme notified to the PPC. Check whether handing training data to others, or sending data to an outside AI service, counts as third-party provision.",
      },
      appliesTo: ALL,
      applicability: PERSONAL_DATA,
      expectedEvidence: ['contract'],
      crosswalk: ['iso42001:A.10.3', 'nist-rmf:GOVERN-6.1'],
      force: 'binding',
      source: lawSource('Art. 27'),
      confidence: 'verified',
    },
    {
      id: 'appi:art28',
      title: { ja: '外国にある第三者への提供', en: 'Providing data to a third party abroad' },
      guidance: {
        ja: '外国の第三者に個人データを提供するには、その国の制度と提供先の措置に関する情報を本人に示したうえで同意を得ます。委員会が指定した国への提供や、基準に適合する体制を整えた提供先への提供は例外で、後者の場合は提供先を継続的に確認し、求めに応じて本人に情報を提供します。国外のAIサービスやクラウドにデータが渡らない場合は該当なしとして理由を記録します。',
        en: "Giving personal data to a third party abroad needs the individual's consent, after telling them about that country's regime and the recipient's safeguards. The exceptions are countries designated by the PPC and recipients that meet the PPC's standards; in the latter case, keep checking the recipient and give individuals information on request. If no data reaches an AI service or cloud outside Japan, mark this not applicable and say why.",
      },
      appliesTo: ALL,
      applicability: PERSONAL_DATA,
      expectedEvidence: ['contract'],
      crosswalk: ['iso42001:A.10.3', 'nist-rmf:MANAGE-3.1'],
      force: 'binding',
      source: lawSource('Art. 28', 'verified', 'Which countries are designated is [M] and deliberately left out.'),
      confidence: 'verified',
    },
    {
      id: 'appi:art41',
      title: { ja: '仮名加工情報の取扱い', en: 'Handling pseudonymised data' },
      guidance: {
        ja: '学習や分析に仮名加工情報（第2条第5項）を用いる場合、利用は社内で利用目的の範囲内に限られ、第三者に提供することはできません（第41条・第42条）。',
        en: 'If you use pseudonymised data (Art. 2(5)) for training or analysis, keep it in-house and within the purpose of use; it may not be given to third parties (Arts. 41–42).',
      },
      appliesTo: ['developer', 'provider'],
      applicability: PERSONAL_DATA,
      expectedEvidence: ['dpia'],
      crosswalk: ['iso42001:A.7.5', 'nist-rmf:MEASURE-2.10'],
      force: 'binding',
      source: lawSource('Art. 2(5), Arts. 41–42'),
      confidence: 'verified',
    },
    {
      id: 'appi:art43',
      title: { ja: '匿名加工情報の取扱い', en: 'Handling anonymised data' },
      guidance: {
        ja: '匿名加工情報（第2条第6項）を作る場合は委員会の定める加工基準に従い、含まれる情報の項目を公表します。第三者に提供する際は匿名加工情報であることを明示し、本人を識別しようとしてはなりません（第43条〜第46条）。',
        en: "When creating anonymised data (Art. 2(6)), follow the PPC's processing standards and publish the categories of information it contains. When sharing it, say that it is anonymised data, and never try to re-identify individuals (Arts. 43–46).",
      },
      appliesTo: ['developer', 'provider'],
      applicability: PERSONAL_DATA,
      expectedEvidence: ['dpia'],
      crosswalk: ['iso42001:A.7.5', 'nist-rmf:MEASURE-2.10'],
      force: 'binding',
      source: lawSource('Art. 2(6), Arts. 43–46'),
      confidence: 'verified',
    },
    {
      id: 'appi:ppc-alert-2023-users',
      title: {
        ja: '生成AIサービスへの個人情報の入力（個人情報保護委員会の注意喚起）',
        en: 'Entering personal data into generative AI services (PPC alert)',
      },
      guidance: {
        ja: '個人情報を含むプロンプトは利用目的の範囲内で入力します。サービス提供者が回答の生成以外（学習など）に入力データを使う場合、本人の同意なく入力すると法律に違反するおそれがあるため、提供者が入力データを学習に使わないことを確認します。',
        en: 'Enter prompts that contain personal data only within the purpose of use. If the vendor uses inputs for more than producing the answer (for example for training), entering personal data without consent may breach the APPI, so confirm that the vendor does not train on your inputs.',
      },
      appliesTo: ['provider', 'business_user'],
      applicability: { all: [{ fact: 'generativeAi' }, PERSONAL_DATA] },
      expectedEvidence: ['contract', 'other'],
      crosswalk: ['nist-rmf:MANAGE-3.1', 'iso42001:A.10.3'],
      force: 'voluntary',
      source: {
        document: 'PPC alert on the use of generative AI services (生成AIサービスの利用に関する注意喚起等)',
        version: '2023-06-02',
        section: 'Alert to businesses',
        date: '2023-06-02',
        url: ALERT_URL,
        confidence: 'secondary',
      },
      confidence: 'secondary',
    },
    {
      id: 'appi:ppc-alert-2023-developers',
      title: {
        ja: '生成AI開発者の学習データにおける要配慮個人情報（個人情報保護委員会の注意喚起）',
        en: "Sensitive data in a generative-AI developer's training data (PPC alert)",
      },
      guidance: {
        ja: '委員会がOpenAIに示した内容を、生成AI開発者の目安として用います。学習用データセットを作る前に要配慮個人情報を減らし、削除または識別できない形にし、本人からの求めに対応します。利用目的は日本語で示します。',
        en: "Use what the PPC asked of OpenAI as a benchmark for generative-AI developers: before building training datasets, reduce sensitive personal data and delete or de-identify it, honour individuals' requests, and state the purposes of use in Japanese.",
      },
      appliesTo: ['developer'],
      applicability: { fact: 'generativeAi' },
      expectedEvidence: ['model_card', 'dpia'],
      crosswalk: ['iso42001:A.7.4', 'nist-rmf:MEASURE-2.10'],
      force: 'voluntary',
      source: {
        document: 'PPC alert on the use of generative AI services (生成AIサービスの利用に関する注意喚起等)',
        version: '2023-06-02',
        section: 'Alert to OpenAI',
        date: '2023-06-02',
        url: ALERT_URL,
        confidence: 'secondary',
      },
      confidence: 'secondary',
    },
    {
      id: 'appi:amend-2026',
      title: {
        ja: '2026年改正法（令和8年法律第56号）：施行前の参考情報',
        en: 'The 2026 amendment (Act No. 56 of 2026): context, not yet in force',
      },
      guidance: {
        ja: '改正法は2026年7月17日に公布され、一部が2027年1月17日に施行され、残りは2028年7月16日までの政令で定める日に施行されます。委員会の2026年1月9日の方針では、AI開発を含む統計目的での同意不要化、1,000人超に影響する悪質な事案への課徴金、子どもと顔データの保護強化、軽微な漏えいの通知の簡素化が提案されていました。成立した条文の内容は未確認のため、現時点では義務として評価しません。',
        en: "The amendment was promulgated on 17 July 2026; part of it takes effect on 17 January 2027 and the rest on a date set by Cabinet Order, no later than 16 July 2028. The PPC's policy of 9 January 2026 proposed: no consent needed for statistics, including AI development; surcharges for malicious cases affecting more than 1,000 people; stronger protection for children's and face data; and lighter notices for minor leaks. The enacted text has not been checked, so nothing here is assessed as a duty yet.",
      },
      appliesTo: ALL,
      applicability: PERSONAL_DATA,
      expectedEvidence: [],
      crosswalk: [],
      force: 'context',
      effectiveFrom: '2027-01-17',
      source: {
        document: 'Act No. 56 of 2026 amending the APPI; PPC policy of 2026-01-09',
        version: '2026-07-17',
        section: 'Promulgation and entry-into-force dates [V]; proposals in the PPC policy [S]',
        date: '2026-07-17',
        confidence: 'verified',
        note: 'Dates are [V]; the listed proposals are [S]; the enacted content is unchecked (fact sheet §4, §10 item 5).',
      },
      confidence: 'secondary',
    },
  ],
};

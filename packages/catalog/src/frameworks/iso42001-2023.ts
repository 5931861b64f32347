import type { TEvidenceKind, TFrameworkVersion, TLocalizedText, TRequirement } from '../catalog-model.js';

// ISO/IEC 42001:2023 Annex A controls, as crosswalk targets only: the ones Japanese requirements link to.
// The standard is paywalled: control numbers and topics come from the fact sheet's [M] table, so every item is
// unverified, and titles describe the topic in our own words rather than quoting the standard.

const source = (section: string): TRequirement['source'] => ({
  document: 'ISO/IEC 42001:2023 Information technology — Artificial intelligence — Management system',
  version: '2023',
  section,
  date: '2023-12',
  confidence: 'unverified',
  note: 'Annex A structure (9 objectives, 38 controls) is [S]; control IDs and topics are [M] (fact sheet §8); the standard text was not read; publication month from memory.',
});

const control = (
  ref: string,
  title: TLocalizedText,
  guidance: TLocalizedText,
  expectedEvidence: TEvidenceKind[],
): TRequirement => ({
  id: `iso42001:${ref}`,
  title,
  guidance,
  appliesTo: ['developer', 'provider', 'business_user'],
  applicability: { always: true },
  expectedEvidence,
  crosswalk: [],
  force: 'reference',
  source: source(`Annex A, control ${ref}`),
  confidence: 'unverified',
});

export const ISO42001_2023: TFrameworkVersion = {
  frameworkId: 'iso42001',
  version: '2023',
  publishedOn: '2023-12',
  status: 'current',
  requirements: [
    control(
      'A.2.2',
      { ja: 'AI方針の策定', en: 'An AI policy' },
      {
        ja: '組織としてAIの開発・提供・利用に関する方針を文書化し、経営層が承認していることを示す管理策です。',
        en: 'Control on having a documented organisational policy for developing, providing and using AI, approved by management.',
      },
      ['other'],
    ),
    control(
      'A.2.4',
      { ja: 'AI方針の見直し', en: 'Review of the AI policy' },
      {
        ja: 'AI方針を定期的に、また必要に応じて見直し、適切さを保つ管理策です。',
        en: 'Control on reviewing the AI policy at planned intervals, and when needed, so that it stays suitable.',
      },
      ['other'],
    ),
    control(
      'A.3.2',
      { ja: 'AIに関する役割と責任', en: 'AI roles and responsibilities' },
      {
        ja: 'AIに関わる役割と責任を定め、担当者に割り当てることを求める管理策です。',
        en: 'Control on defining the roles and responsibilities around AI and assigning them to people.',
      },
      ['other'],
    ),
    control(
      'A.3.3',
      { ja: '懸念事項の報告', en: 'Reporting of concerns' },
      {
        ja: 'AIシステムに関する懸念を組織内の誰もが報告できる仕組みを設ける管理策です。',
        en: 'Control on a way for people in the organisation to raise concerns about an AI system.',
      },
      ['feedback_channel'],
    ),
    control(
      'A.4.3',
      { ja: 'データ資源の把握', en: 'Data resources' },
      {
        ja: 'AIシステムが用いるデータ資源を特定し、記録しておく管理策です。',
        en: 'Control on identifying and recording the data resources an AI system relies on.',
      },
      ['model_card'],
    ),
    control(
      'A.4.6',
      { ja: '人的資源と力量', en: 'Human resources and competence' },
      {
        ja: 'AIに携わる人材に必要な力量を把握し、確保する管理策です。',
        en: 'Control on knowing and securing the competences needed by the people who work on AI.',
      },
      ['other'],
    ),
    control(
      'A.5.2',
      { ja: 'AIシステム影響評価のプロセス', en: 'AI system impact assessment process' },
      {
        ja: 'AIシステムが個人や社会に与えうる影響を評価する手順を定める管理策です。',
        en: 'Control on a defined procedure for assessing the impact an AI system may have on people and society.',
      },
      ['dpia'],
    ),
    control(
      'A.5.4',
      { ja: '個人・集団への影響評価', en: 'Impact on individuals and groups' },
      {
        ja: 'AIシステムが個人や特定の集団に及ぼす影響を評価し、記録する管理策です。',
        en: 'Control on assessing and recording the effects of an AI system on individuals and groups of people.',
      },
      ['dpia', 'bias_test'],
    ),
    control(
      'A.5.5',
      { ja: '社会への影響評価', en: 'Societal impact' },
      {
        ja: 'AIシステムが社会全体に及ぼしうる影響を評価する管理策です。',
        en: 'Control on assessing the wider effects an AI system may have on society.',
      },
      ['dpia'],
    ),
    control(
      'A.6.2.4',
      { ja: 'AIシステムの検証及び妥当性確認', en: 'AI system verification and validation' },
      {
        ja: 'AIシステムが要求どおりに動作するか、意図した目的に適うかを確かめる管理策です。',
        en: 'Control on checking that an AI system works as specified and is fit for its intended purpose.',
      },
      ['safety_test', 'bias_test'],
    ),
    control(
      'A.6.2.6',
      { ja: 'AIシステムの運用と監視', en: 'AI system operation and monitoring' },
      {
        ja: '稼働中のAIシステムを監視し、不具合や性能低下に対応する管理策です。',
        en: 'Control on monitoring an AI system in operation and acting on faults or degraded performance.',
      },
      ['incident_procedure'],
    ),
    control(
      'A.6.2.7',
      { ja: 'AIシステムの技術文書', en: 'AI system technical documentation' },
      {
        ja: '利用者や関係者が必要とする技術文書を作成し、維持する管理策です。',
        en: 'Control on producing and maintaining the technical documentation that users and other parties need.',
      },
      ['model_card'],
    ),
    control(
      'A.6.2.8',
      { ja: 'イベントログの記録', en: 'Event logs' },
      {
        ja: 'AIシステムの動作を後から追跡できるよう、ログを記録・保持する管理策です。',
        en: 'Control on recording and keeping logs so that the behaviour of an AI system can be traced later.',
      },
      ['other'],
    ),
    control(
      'A.7.3',
      { ja: 'データの取得', en: 'Acquisition of data' },
      {
        ja: 'AIシステムに用いるデータの入手方法と入手元を定め、記録する管理策です。',
        en: 'Control on how and from where data for an AI system is obtained, and on recording it.',
      },
      ['model_card'],
    ),
    control(
      'A.7.4',
      { ja: 'データの品質', en: 'Quality of data' },
      {
        ja: 'AIシステムに用いるデータの品質要件を定め、満たしていることを確認する管理策です。',
        en: 'Control on setting quality requirements for data used by an AI system and checking they are met.',
      },
      ['model_card', 'bias_test'],
    ),
    control(
      'A.7.5',
      { ja: 'データの来歴', en: 'Data provenance' },
      {
        ja: 'データの出所と加工の経緯を記録し、追跡できるようにする管理策です。',
        en: 'Control on recording where data came from and how it was processed, so that it can be traced.',
      },
      ['model_card'],
    ),
    control(
      'A.8.2',
      { ja: '利用者向けの文書と情報', en: 'Documentation and information for users' },
      {
        ja: 'AIシステムの利用者に、適切な利用に必要な情報を提供する管理策です。',
        en: 'Control on giving the users of an AI system the information they need to use it properly.',
      },
      ['user_notice'],
    ),
    control(
      'A.8.3',
      { ja: '外部からの報告', en: 'External reporting' },
      {
        ja: '外部の関係者がAIシステムの悪影響を報告できる手段を設ける管理策です。',
        en: 'Control on giving outside parties a way to report adverse effects of an AI system.',
      },
      ['feedback_channel'],
    ),
    control(
      'A.8.4',
      { ja: 'インシデントの伝達', en: 'Communication of incidents' },
      {
        ja: 'インシデント発生時に利用者や関係者へ伝える計画を定める管理策です。',
        en: 'Control on a plan for telling users and other parties about incidents.',
      },
      ['incident_procedure'],
    ),
    control(
      'A.8.5',
      { ja: '関係者への情報提供', en: 'Information for interested parties' },
      {
        ja: '規制当局などの関係者に対し、AIシステムに関する情報を提供する義務を把握し、果たす管理策です。',
        en: 'Control on knowing and meeting duties to give information about an AI system to interested parties such as regulators.',
      },
      ['other'],
    ),
    control(
      'A.9.2',
      { ja: '責任あるAI利用のためのプロセス', en: 'Processes for responsible use' },
      {
        ja: 'AIシステムを責任をもって利用するための手順を定める管理策です。',
        en: 'Control on defined procedures for using AI systems responsibly.',
      },
      ['other'],
    ),
    control(
      'A.9.4',
      { ja: '意図した用途での利用', en: 'Intended use' },
      {
        ja: 'AIシステムを意図された用途と文書に沿って利用することを確保する管理策です。',
        en: 'Control on using an AI system according to its intended use and its documentation.',
      },
      ['user_notice'],
    ),
    control(
      'A.10.2',
      { ja: '責任の分担', en: 'Allocating responsibilities' },
      {
        ja: 'AIのライフサイクルに関わる組織と外部の当事者との間で責任を分担する管理策です。',
        en: 'Control on dividing responsibilities between the organisation and outside parties across the AI life cycle.',
      },
      ['contract'],
    ),
    control(
      'A.10.3',
      { ja: 'サプライヤー', en: 'Suppliers' },
      {
        ja: 'AIに関する製品やサービスの供給者が自社の方針に沿うことを確保する管理策です。',
        en: "Control on making sure suppliers of AI products and services act in line with the organisation's approach.",
      },
      ['contract'],
    ),
    control(
      'A.10.4',
      { ja: '顧客', en: 'Customers' },
      {
        ja: '顧客の期待やニーズを踏まえてAIに取り組む管理策です。',
        en: "Control on taking customers' expectations and needs into account in AI work.",
      },
      ['contract', 'user_notice'],
    ),
  ],
};

import type { TFrameworkVersion, TRequirement, TRole } from '../catalog-model.js';

// Sector overlay: financial model risk (FSA). The Model Risk Management Principles (Nov 2021) are [S], but the
// names and order of the eight principles are [M] (fact sheet §7, §10 item 6), so items cite topics the sheet
// confirms (three lines of defence, life cycle, risk-based) rather than principle numbers.
// No incident clock: web claims of a "48-hour FSA AI incident rule" look fabricated (fact sheet §7).

const FINANCE = { sector: ['finance' as const] };
const ALL: TRole[] = ['developer', 'provider', 'business_user'];

const mrmSource = (section: string): TRequirement['source'] => ({
  document: 'FSA Principles for Model Risk Management (モデル・リスク管理に関する原則)',
  version: '2021-11',
  section,
  date: '2021-11',
  confidence: 'secondary',
  note: 'The existence, date, count (8), scope and these themes are [S]; principle names and order are [M] and not used.',
});

export const JP_FIN_2025_03_04: TFrameworkVersion = {
  frameworkId: 'jp-fin',
  version: '2025-03-04',
  publishedOn: '2025-03-04',
  status: 'current',
  note: 'Combines the FSA Model Risk Management Principles (Nov 2021) and the FSA AI Discussion Paper v1.0 (2025-03-04).',
  requirements: [
    {
      id: 'jp-fin:mrm-scope',
      title: { ja: 'モデル・リスク管理原則の適用範囲の確認', en: "Does the model risk principles' scope reach you?" },
      guidance: {
        ja: '金融庁のモデル・リスク管理原則（8原則）は、主にシステム上重要な銀行を対象としています。対象外の金融機関も、AIモデルの管理水準の目安として用いるかを判断し、記録します。',
        en: "The FSA's eight Model Risk Management Principles are aimed at systemically important banks. Other financial firms should decide, and record, whether to use them as the benchmark for managing AI models.",
      },
      appliesTo: ALL,
      applicability: FINANCE,
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:GOVERN-1.1'],
      force: 'voluntary',
      source: mrmSource('Scope'),
      confidence: 'secondary',
    },
    {
      id: 'jp-fin:mrm-three-lines',
      title: { ja: '三つの防衛線によるモデル・リスク管理', en: 'Model risk managed through three lines of defence' },
      guidance: {
        ja: 'AIモデルのリスク管理を三つの防衛線の考え方で組み立て、それぞれの防衛線が担う役割と責任を明確にします。',
        en: 'Organise the management of AI model risk on the three-lines-of-defence model, and make clear which role and responsibility each line holds.',
      },
      appliesTo: ALL,
      applicability: FINANCE,
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.3.2', 'nist-rmf:GOVERN-2.1'],
      force: 'voluntary',
      source: mrmSource('Governance: three lines of defence'),
      confidence: 'secondary',
    },
    {
      id: 'jp-fin:mrm-lifecycle',
      title: { ja: 'ライフサイクル全体でのモデル管理', en: 'Managing models across their life cycle' },
      guidance: {
        ja: 'AIモデルを開発から利用、監視、見直し、廃止までのライフサイクル全体で管理し、各段階の記録を残します。',
        en: 'Manage each AI model across its whole life cycle, from development through use, monitoring and review to retirement, and keep records at each stage.',
      },
      appliesTo: ALL,
      applicability: FINANCE,
      expectedEvidence: ['model_card', 'other'],
      crosswalk: ['iso42001:A.6.2.4', 'iso42001:A.6.2.6', 'nist-rmf:MANAGE-4.1'],
      force: 'voluntary',
      source: mrmSource('Model life cycle'),
      confidence: 'secondary',
    },
    {
      id: 'jp-fin:mrm-risk-based',
      title: { ja: 'リスクに応じた管理の強度', en: 'Controls proportionate to risk' },
      guidance: {
        ja: 'モデルが業務や顧客に与える影響の大きさに応じて、検証や監視の深さを変えるリスクベースの管理を行います。',
        en: 'Match the depth of validation and monitoring to how much a model can affect the business and its customers: a risk-based approach.',
      },
      appliesTo: ALL,
      applicability: FINANCE,
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:MAP-5.1', 'nist-rmf:MANAGE-1.3'],
      force: 'voluntary',
      source: mrmSource('Risk-based approach'),
      confidence: 'secondary',
    },
    {
      id: 'jp-fin:ai-discussion-paper',
      title: { ja: '金融庁AIディスカッションペーパー（参考）', en: 'FSA AI Discussion Paper (context)' },
      guidance: {
        ja: '金融庁は2025年3月4日にAIディスカッションペーパー第1.0版を公表しました。130社を対象とした調査では93.1%がAIを利用しており、金融庁はAIの活用を後押しする姿勢を示しています。新たな義務を定めるものではありません。',
        en: 'The FSA published its AI Discussion Paper v1.0 on 4 March 2025. In its survey of 130 firms, 93.1% used AI, and the FSA takes a stance in favour of adoption. It does not set new duties.',
      },
      appliesTo: ALL,
      applicability: FINANCE,
      expectedEvidence: [],
      crosswalk: [],
      force: 'context',
      source: {
        document: 'FSA AI Discussion Paper (AIディスカッションペーパー)',
        version: '1.0',
        section: 'Survey results and stance',
        date: '2025-03-04',
        confidence: 'secondary',
      },
      confidence: 'secondary',
    },
  ],
};

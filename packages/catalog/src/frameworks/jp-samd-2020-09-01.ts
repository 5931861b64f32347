import type { TFrameworkVersion } from '../catalog-model.js';

// Sector overlay: AI in medical device software (SaMD), MHLW / PMDA. IDATEN is [S] (fact sheet §7). The sheet
// gives no IDATEN deadlines (§10 item 7), so no clock is encoded. The PMD Act status check is not in the sheet
// and is marked unverified.

const MEDICAL = { sector: ['medical' as const] };

export const JP_SAMD_2020_09_01: TFrameworkVersion = {
  frameworkId: 'jp-samd',
  version: '2020-09-01',
  publishedOn: '2020-09-01',
  status: 'current',
  requirements: [
    {
      id: 'jp-samd:pmd-act-status',
      title: {
        ja: '医療機器プログラムへの該当性の確認',
        en: 'Is the software a medical device?',
      },
      guidance: {
        ja: '診断や治療の支援に用いるAIが医薬品医療機器等法上の医療機器プログラムに当たるかを確認し、当たる場合は必要な承認または認証を得てから提供します。判断の経緯を記録します。',
        en: 'Check whether an AI that supports diagnosis or treatment is a medical device program under the PMD Act. If it is, obtain the required approval or certification before offering it, and record how you decided.',
      },
      appliesTo: ['developer', 'provider'],
      applicability: MEDICAL,
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:GOVERN-1.1', 'euaia:art6'],
      force: 'binding',
      source: {
        document: 'Act on Securing Quality, Efficacy and Safety of Pharmaceuticals, Medical Devices, etc. (PMD Act)',
        version: 'current',
        section: 'Medical device programs: approval or certification',
        date: '2014-11',
        confidence: 'unverified',
        note: 'Not in the fact sheet: the requirement, and the month the Act took its current name, are from memory [M].',
      },
      confidence: 'unverified',
    },
    {
      id: 'jp-samd:idaten-plan',
      title: {
        ja: '変更計画の事前確認（IDATEN）',
        en: 'Agreeing a change plan in advance (IDATEN)',
      },
      guidance: {
        ja: '承認後も学習により性能が変わるAI医療機器プログラムは、PMDAに相談し、変更計画の確認を受けることを検討します。2020年9月1日から運用されている仕組み（IDATEN）で、米国のPACMPに近いものです。',
        en: 'For AI medical device software whose performance will change through further training after approval, consider consulting the PMDA and having a change plan confirmed. This mechanism (IDATEN) has run since 1 September 2020 and is similar to a PACMP.',
      },
      appliesTo: ['developer', 'provider'],
      applicability: MEDICAL,
      expectedEvidence: ['other', 'model_card'],
      crosswalk: ['iso42001:A.6.2.6', 'nist-rmf:MANAGE-4.1'],
      force: 'voluntary',
      source: {
        document: 'MHLW / PMDA change-plan confirmation system for medical devices (IDATEN)',
        version: '2020-09-01',
        section: 'PMDA consultation and confirmation of the change plan',
        date: '2020-09-01',
        confidence: 'secondary',
      },
      confidence: 'secondary',
    },
    {
      id: 'jp-samd:change-within-plan',
      title: {
        ja: '確認済み計画の範囲内での変更と届出',
        en: 'Keeping changes within the confirmed plan',
      },
      guidance: {
        ja: '確認を受けた変更計画の範囲内の変更は、一部変更承認に代えて届出で行えます。モデルを更新するたびに計画の範囲内かを確認し、記録します。範囲を外れる変更は、この簡略化の対象になりません。',
        en: 'Changes that stay within a confirmed change plan are filed by notification instead of a partial-change approval. Check and record, for each model update, that it stays within the plan; a change outside the plan does not get this shortcut.',
      },
      appliesTo: ['developer', 'provider'],
      applicability: MEDICAL,
      expectedEvidence: ['other'],
      crosswalk: ['iso42001:A.6.2.8', 'nist-rmf:GOVERN-1.1'],
      force: 'binding',
      source: {
        document: 'MHLW / PMDA change-plan confirmation system for medical devices (IDATEN)',
        version: '2020-09-01',
        section: 'Changes within the confirmed plan: notification instead of partial-change approval',
        date: '2020-09-01',
        confidence: 'secondary',
      },
      confidence: 'secondary',
    },
  ],
};

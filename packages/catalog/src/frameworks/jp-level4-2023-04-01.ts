import type { TFrameworkVersion, TRequirement } from '../catalog-model.js';

// Sector overlay: Level 4 driving ("specified automated operation"), Road Traffic Act as amended by Act No. 32 of
// 2022, in force 2023-04-01. All [S] (fact sheet §7).

const MOBILITY = { sector: ['mobility' as const] };

const source = (section: string): TRequirement['source'] => ({
  document: 'Road Traffic Act (道路交通法), as amended by Act No. 32 of 2022: specified automated operation',
  version: 'in force 2023-04-01',
  section,
  date: '2023-04-01',
  confidence: 'secondary',
});

export const JP_LEVEL4_2023_04_01: TFrameworkVersion = {
  frameworkId: 'jp-level4',
  version: '2023-04-01',
  publishedOn: '2023-04-01',
  status: 'current',
  requirements: [
    {
      id: 'jp-level4:operation-permit',
      title: { ja: '特定自動運行の許可', en: 'Permit for specified automated operation' },
      guidance: {
        ja: 'レベル4の自動運転（特定自動運行）を行うには、都道府県公安委員会の許可を受けます。許可を受けるまでは運行を開始しません。国内初の許可事例は2023年5月の永平寺町です。',
        en: 'Level 4 automated driving ("specified automated operation") needs a permit from the prefectural Public Safety Commission; do not start operating before it is granted. The first permitted case was in Eiheiji, in May 2023.',
      },
      appliesTo: ['provider', 'business_user'],
      applicability: MOBILITY,
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:GOVERN-1.1', 'euaia:art6'],
      force: 'binding',
      source: source('Permit by the prefectural Public Safety Commission'),
      confidence: 'secondary',
    },
    {
      id: 'jp-level4:vehicle-certification',
      title: { ja: '車両の国土交通省による認可', en: 'Vehicle certified by MLIT' },
      guidance: {
        ja: '特定自動運行に用いる車両は、国土交通省の認可を受けたものである必要があります。自動運行装置の開発者・提供者は、認可の取得状況と前提条件を運行者に示します。',
        en: 'Vehicles used for specified automated operation must be certified by MLIT. Developers and providers of the automated driving system should tell operators the certification status and the conditions it rests on.',
      },
      appliesTo: ['developer', 'provider'],
      applicability: MOBILITY,
      expectedEvidence: ['other', 'safety_test'],
      crosswalk: ['iso42001:A.6.2.4', 'nist-rmf:MEASURE-2.6'],
      force: 'binding',
      source: source('Vehicle certification by MLIT'),
      confidence: 'secondary',
    },
  ],
};

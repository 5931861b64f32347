import type { TFrameworkVersion, TRequirement } from '../catalog-model.js';

// Copyright Act Art. 30-4 (in force 2019-01-01) read with the Agency for Cultural Affairs' General Understanding on
// AI and Copyright (2024-03-15, not binding) and its Checklist & Guidance (2024-07-31). All [S] (fact sheet §5),
// except the output-stage test, which the sheet marks [S/M] and is therefore unverified.

const ARTICLE_URL = 'https://www.noandt.com/en/publications/publication20240325-3';
const GU_URL = 'https://apaaonline.org/article/general-understanding-on-ai-and-copyright-in-japan/';

const article = (section: string): TRequirement['source'] => ({
  document: 'Copyright Act (著作権法), Art. 30-4',
  version: 'in force 2019-01-01',
  section,
  date: '2019-01-01',
  url: ARTICLE_URL,
  confidence: 'secondary',
});

const generalUnderstanding = (
  section: string,
  confidence: TRequirement['confidence'] = 'secondary',
  note?: string,
) => ({
  document:
    'General Understanding on AI and Copyright in Japan (AIと著作権に関する考え方について), Legal System Subcommittee, Council for Cultural Affairs',
  version: '2024-03-15',
  section,
  date: '2024-03-15',
  url: GU_URL,
  confidence,
  ...(note ? { note } : {}),
});

export const C30_4_2024_07_31: TFrameworkVersion = {
  frameworkId: 'c30-4',
  version: '2024-07-31',
  publishedOn: '2024-07-31',
  status: 'current',
  note: 'Art. 30-4 as in force since 2019-01-01, read with the General Understanding (2024-03-15) and the ACA Checklist & Guidance (2024-07-31).',
  requirements: [
    {
      id: 'c30-4:non-enjoyment',
      title: {
        ja: '学習目的が著作物の享受を目的としないことの確認',
        en: 'The training purpose is not to enjoy the works',
      },
      guidance: {
        ja: '学習データとして著作物を利用する目的が、表現を享受することではなく、技術の開発・試験、情報解析、人が知覚しない処理などであることを確認し、記録します。利用は必要と認められる限度にとどめます。商業目的の利用も対象になり得ます。',
        en: 'Confirm and record that works are used as training data for a purpose other than enjoying their expression, such as developing or testing technology, data analysis, or processing that no person perceives. Use them only to the extent necessary. Commercial use can qualify too.',
      },
      appliesTo: ['developer'],
      applicability: { always: true },
      expectedEvidence: ['model_card', 'other'],
      crosswalk: ['iso42001:A.7.3', 'iso42001:A.7.5', 'nist-rmf:MAP-4.1', 'nist-rmf:GOVERN-6.1'],
      force: 'binding',
      source: article('Art. 30-4, main clause and items (i)–(iii)'),
      confidence: 'secondary',
    },
    {
      id: 'c30-4:no-coexisting-enjoyment',
      title: {
        ja: '享受目的が併存していないことの確認（学習・RAG）',
        en: 'No purpose of enjoyment alongside the analysis (training, RAG)',
      },
      guidance: {
        ja: '学習データに含まれる著作物をそのまま出力させることを意図した学習や、収集した著作物を出力するRAGのように、享受の目的が併存する場合は権利制限の対象外になります。学習の設計と検索拡張の仕組みがこれに当たらないかを確認します。',
        en: 'The exception is lost when a purpose of enjoyment sits alongside the analysis, for example training meant to make the model reproduce works in the dataset, or RAG that outputs the works it collected. Check that your training design and retrieval set-up do neither.',
      },
      appliesTo: ['developer', 'provider'],
      applicability: { fact: 'generativeAi' },
      expectedEvidence: ['model_card', 'other'],
      crosswalk: ['nist-rmf:MAP-4.1', 'nist-rmf:GOVERN-6.1'],
      force: 'binding',
      source: generalUnderstanding('Training stage: coexisting purpose of enjoyment'),
      confidence: 'secondary',
    },
    {
      id: 'c30-4:no-unreasonable-prejudice',
      title: {
        ja: '権利者の利益を不当に害しないことの確認',
        en: "No unreasonable prejudice to the rights holder's interests",
      },
      guidance: {
        ja: '学習用に販売されているデータベースの著作物を無断で複製するなど、権利者の利益を不当に害する利用は認められません。robots.txtなどの技術的な収集制限は、そうした市場の存在を示す手がかりとなるため、尊重して収集範囲を決めます。',
        en: 'Uses that unreasonably prejudice rights holders, such as copying a database sold for AI training, fall outside the exception. Technical blocks such as robots.txt can signal that such a market exists, so respect them when deciding what to collect.',
      },
      appliesTo: ['developer'],
      applicability: { always: true },
      expectedEvidence: ['model_card', 'other'],
      crosswalk: ['iso42001:A.7.3', 'nist-rmf:MAP-4.1'],
      force: 'binding',
      source: generalUnderstanding('Proviso of Art. 30-4: unreasonable prejudice'),
      confidence: 'secondary',
    },
    {
      id: 'c30-4:output-similarity',
      title: { ja: '生成物の類似性と依拠性の確認', en: 'Checking outputs for similarity and reliance' },
      guidance: {
        ja: '生成・利用の段階は学習段階と分けて考えます。生成物が既存の著作物に類似し、かつそれに依拠している場合は侵害となり得るため、公開や業務利用の前に確認する手順を設けます。作風が似ているだけでは保護の対象にならないとされています。',
        en: 'The generation and use stage is judged separately from training. An output can infringe where it is similar to an existing work and relied on it, so have a check before outputs are published or used in the business. A similar style alone is said not to be protected.',
      },
      appliesTo: ['provider', 'business_user'],
      applicability: { fact: 'generativeAi' },
      expectedEvidence: ['other'],
      crosswalk: ['nist-rmf:GOVERN-6.1'],
      force: 'binding',
      source: generalUnderstanding(
        'Generation and use stage',
        'unverified',
        'Separation of stages is [S]; the similarity-and-reliance test and the point on style are [S/M] (fact sheet §5).',
      ),
      confidence: 'unverified',
    },
    {
      id: 'c30-4:aca-checklist',
      title: {
        ja: '文化庁のチェックリストによる役割別の確認',
        en: 'Working through the ACA checklist for your role',
      },
      guidance: {
        ja: '文化庁の「チェックリスト＆ガイダンス」は、開発者、提供者、利用者、業務外の利用者ごとに確認事項を分けています。自社の役割に当たるチェックリストで確認した結果を記録します。',
        en: "The Agency for Cultural Affairs' Checklist & Guidance has separate checklists for developers, providers, business users and non-business users. Record the result of going through the one for your role.",
      },
      appliesTo: ['developer', 'provider', 'business_user'],
      applicability: { fact: 'generativeAi' },
      expectedEvidence: ['other'],
      crosswalk: [],
      force: 'voluntary',
      source: {
        document: 'Agency for Cultural Affairs, Checklist & Guidance on AI and Copyright',
        version: '2024-07-31',
        section: 'Checklists by role',
        date: '2024-07-31',
        confidence: 'secondary',
      },
      confidence: 'secondary',
    },
  ],
};

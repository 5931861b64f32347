import type { TFrameworkVersion, TRequirement } from '../catalog-model.js';
import { buildAigbSource, JP_AIGB_V1_1 } from './jp-aigb-v1-1.js';

// AI Guidelines for Business v1.2 (2026-03-31). Known only from secondary sources (fact sheet §1.4 [S]): it adds
// the first definitions of AI agents and physical AI, and expects human judgement in agents' consequential actions.
// One source lists nine principles without Innovation, another ten. So v1.2 = v1.1 carried forward, plus two new
// items (AG-1, AG-2) and a caveat on C-10. Nothing is removed: an unconfirmed removal is not a fact.

const VERSION = '1.2';
const PUBLISHED_ON = '2026-03-31';
const V1_2_NOTE = 'v1.2 content is known only from secondary sources (fact sheet §1.4); "AG-n" is this catalog\'s key.';

const carryForward = (r: TRequirement): TRequirement => ({
  ...r,
  source: { ...r.source, version: VERSION, date: PUBLISHED_ON },
});

const withInnovationCaveat = (r: TRequirement): TRequirement => ({
  ...r,
  guidance: {
    ja: `${r.guidance.ja}なお、第1.2版でこの原則が引き続き掲げられているかは確認できていません。二次情報の一つは10原則を挙げ、別の一つはイノベーションを除く9原則を挙げています。`,
    en: `${r.guidance.en} Whether v1.2 still lists this principle is unconfirmed: one secondary source gives ten principles, another gives nine without Innovation.`,
  },
  source: {
    ...r.source,
    note: 'Principle name is [S] for v1.1; its presence in v1.2 is unconfirmed (fact sheet §1.4, §10 item 3); sub-items [M].',
  },
});

const AGENT_ITEMS: TRequirement[] = [
  {
    id: 'jp-aigb:AG-1',
    title: {
      ja: 'AIエージェント・フィジカルAIへの該当性の確認（第1.2版）',
      en: 'Checking whether the system is an AI agent or physical AI (v1.2)',
    },
    guidance: {
      ja: '第1.2版では、AIエージェントとフィジカルAIが初めて定義されました。自社のAIシステムがいずれかに当たるかを確認し、役割の判断とあわせて記録します。',
      en: 'Version 1.2 defines AI agents and physical AI for the first time. Check whether your system falls under either definition, and record the answer with the role determination.',
    },
    appliesTo: ['developer', 'provider', 'business_user'],
    applicability: { always: true },
    expectedEvidence: ['other'],
    crosswalk: ['nist-rmf:MAP-1.1'],
    force: 'voluntary',
    source: buildAigbSource(VERSION, PUBLISHED_ON, 'Part 1 (definitions): AI agents and physical AI', V1_2_NOTE),
    confidence: 'secondary',
  },
  {
    id: 'jp-aigb:AG-2',
    title: {
      ja: 'AIエージェントの重要な行動に対する人の判断（第1.2版）',
      en: "Human judgement before an AI agent's consequential actions (v1.2)",
    },
    guidance: {
      ja: 'AIエージェントが重要な行動を完了する前に、人が判断できる仕組みを設けます。例えば、エージェントが高額な購入を確定する前に顧客の同意を得ることが考えられます。',
      en: 'Give people a point at which to decide before an AI agent completes a consequential action, for example by asking the customer to approve before an agent finalises a high-value purchase.',
    },
    appliesTo: ['developer', 'provider', 'business_user'],
    // The profile has no "agent" flag: agents are generative systems or systems that act on people automatically.
    applicability: { any: [{ fact: 'generativeAi' }, { fact: 'automatedDecisions' }] },
    expectedEvidence: ['other', 'user_notice'],
    crosswalk: ['iso42001:A.9.2', 'nist-rmf:MAP-3.5', 'nist-rmf:MANAGE-2.4', 'euaia:art14'],
    force: 'voluntary',
    source: buildAigbSource(
      VERSION,
      PUBLISHED_ON,
      'AI agents: human judgement (location in the text not identified)',
      V1_2_NOTE,
    ),
    confidence: 'secondary',
  },
];

const carried = JP_AIGB_V1_1.requirements.map((r) =>
  carryForward(r.id === 'jp-aigb:C-10' ? withInnovationCaveat(r) : r),
);
const firstGovernanceItem = carried.findIndex((r) => r.id.startsWith('jp-aigb:E-'));

export const JP_AIGB_V1_2: TFrameworkVersion = {
  frameworkId: 'jp-aigb',
  version: VERSION,
  publishedOn: PUBLISHED_ON,
  status: 'current',
  note: 'Items the fact sheet does not report as changed are carried over from v1.1 unchanged (the v1.2 text was not read).',
  // Agent items sit with the role items, before the governance actions.
  requirements: [...carried.slice(0, firstGovernanceItem), ...AGENT_ITEMS, ...carried.slice(firstGovernanceItem)],
};

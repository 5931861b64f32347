// The demo tenants' content: their systems, the lifecycle state each Acme system is driven to, evidence titles.
// Data only; seed-demo-data.ts drives it through the use-cases.
import type { TAiSystemProfile, TRoleQuestionnaire } from '@kizuna/contracts';
import type { EvidenceKind, TenantPolicyOverrides } from '@kizuna/domain';

export const DEFAULT_PROFILE: TAiSystemProfile = {
  usesPersonalData: false,
  usesSensitiveData: false,
  generativeAi: false,
  publicFacing: false,
  automatedDecisions: false,
  euExposure: false,
  advancedModel: false,
  sector: 'general',
  prohibitedPractice: 'none',
};

export const DEMO_SYSTEMS = [
  {
    name: 'Customer support chatbot',
    purpose: 'Answers customer questions on the website with a generative model, handing over to staff when unsure.',
    roles: ['business_user' as const],
    profile: { usesPersonalData: true, generativeAi: true, publicFacing: true },
    vendor: 'OpenAI',
    modelName: 'gpt-4o',
    deploymentRegions: ['JP'],
  },
  {
    name: 'Loan pre-screening model',
    purpose: 'Scores consumer loan applications before a credit officer reviews them.',
    roles: ['developer' as const, 'provider' as const],
    profile: { usesPersonalData: true, automatedDecisions: true, sector: 'finance' as const },
    vendor: null,
    modelName: 'in-house gradient boosting',
    deploymentRegions: ['JP'],
  },
  {
    name: 'CV screening assistant',
    purpose: 'Ranks job applications for recruiters; used for roles in Japan and the EU.',
    roles: ['business_user' as const],
    profile: { usesPersonalData: true, automatedDecisions: true, euExposure: true, sector: 'employment' as const },
    vendor: 'HR SaaS vendor',
    modelName: null,
    deploymentRegions: ['JP', 'EU'],
  },
];

// Acme reviews medium-tier systems monthly instead of every 180 days (a tenant may shorten a cadence, never
// lengthen it), so the approved demo system below has its periodic review due within the month.
export const ACME_TIER_OVERRIDES: TenantPolicyOverrides = { medium: { reviewCadenceDays: 30 } };

export type Target = 'draft' | 'assessment' | 'signoff' | 'active' | 'suspended';

export type LifecycleDemo = {
  name: string;
  purpose: string;
  profile: Partial<TAiSystemProfile>;
  vendor: string | null;
  modelName: string | null;
  questionnaire: TRoleQuestionnaire;
  target: Target;
  // Every answer saved or a prefix of them (an assessment in progress); a gap recorded on the first requirement.
  answered?: 'half';
  gap?: boolean;
};

// One Acme system per lifecycle state, each driven there through the use-cases and its lifecycle workflow, so
// the workflow history, the transitions, the notifications and the audit chain are all real.
export const LIFECYCLE_DEMOS: LifecycleDemo[] = [
  {
    name: 'Meeting notes summariser',
    purpose: 'Summarises recorded internal meetings into minutes and action items for the attendees.',
    profile: { usesPersonalData: true, generativeAi: true },
    vendor: 'Microsoft',
    modelName: 'Copilot for Microsoft 365',
    questionnaire: { trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true },
    target: 'draft',
  },
  {
    name: 'Demand forecasting model',
    purpose: 'Forecasts weekly demand per store and product so buyers can plan orders.',
    profile: {},
    vendor: null,
    modelName: 'in-house gradient boosting',
    questionnaire: { trainsOrFineTunes: true, offersToOthers: false, usesInOwnOperations: true },
    target: 'assessment',
    answered: 'half',
  },
  {
    name: 'Insurance claims triage assistant',
    purpose: 'Suggests a priority for each incoming insurance claim; claims handlers decide and can override it.',
    profile: { usesPersonalData: true, sector: 'finance' },
    vendor: 'Claims AI vendor',
    modelName: 'ClaimSense 3',
    questionnaire: { trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true },
    target: 'signoff',
  },
  {
    name: 'Credit limit review model',
    purpose: 'Raises or lowers credit card limits of existing customers automatically, from their repayment history.',
    profile: { usesPersonalData: true, automatedDecisions: true, sector: 'finance' },
    vendor: null,
    modelName: 'in-house logistic regression',
    questionnaire: { trainsOrFineTunes: true, offersToOthers: true, usesInOwnOperations: true },
    target: 'signoff',
    gap: true,
  },
  {
    name: 'Marketing copy generator',
    purpose: 'Drafts product descriptions and campaign copy for the online shop; an editor approves every text.',
    profile: { usesPersonalData: true, generativeAi: true, publicFacing: true },
    vendor: 'Anthropic',
    modelName: 'Claude',
    questionnaire: { trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true },
    target: 'active',
  },
  {
    name: 'Customer email reply drafter',
    purpose: 'Drafts replies to customer emails for support staff, who edit and send them.',
    profile: { usesPersonalData: true, generativeAi: true, publicFacing: true },
    vendor: 'OpenAI',
    modelName: 'gpt-4o-mini',
    questionnaire: { trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true },
    target: 'suspended',
  },
];

export const EVIDENCE_TITLES: Record<EvidenceKind, string> = {
  model_card: 'Model card',
  bias_test: 'Bias and fairness test report',
  safety_test: 'Safety and red-team test report',
  user_notice: 'Notice to users that AI is involved',
  feedback_channel: 'Feedback and complaints channel',
  incident_procedure: 'AI incident response procedure',
  dpia: 'Data protection impact assessment',
  contract: 'Vendor contract (AI clauses)',
  other: 'Supporting document',
};

export const ATTESTATION =
  'I have reviewed this assessment, the evidence it rests on and the risk factors, and I take responsibility for this decision.';

// The introduction on Acme's public feedback page.
export const FEEDBACK_INTRO = {
  ja: 'Acmeのサービスで使われているAIについて、気になる動作や問題があればお知らせください。いただいた内容はAIガバナンス担当が確認します。',
  en: 'If something an AI in an Acme service did worries you, tell us here. Our AI governance team reads every report.',
};

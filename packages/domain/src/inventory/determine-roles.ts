import type { TAiSystem } from '@kizuna/contracts';
import { AppError } from '../errors/app-error.js';

export type RoleQuestionnaire = { trainsOrFineTunes: boolean; offersToOthers: boolean; usesInOwnOperations: boolean };
export type AiRole = TAiSystem['roles'][number];
export type RoleDetermination = { roles: AiRole[]; reasons: { role: AiRole; reason: { ja: string; en: string } }[] };

// The AI Guidelines for Business assign duties by role; one system can hold several.
const RULES: { role: AiRole; when: keyof RoleQuestionnaire; reason: { ja: string; en: string } }[] = [
  {
    role: 'developer',
    when: 'trainsOrFineTunes',
    reason: { ja: 'モデルの学習または追加学習を自社で行うため', en: 'We train or fine-tune the model ourselves' },
  },
  {
    role: 'provider',
    when: 'offersToOthers',
    reason: {
      ja: 'AIを組み込んだサービスや製品を他者に提供するため',
      en: 'We offer the AI, or services built on it, to others',
    },
  },
  {
    role: 'business_user',
    when: 'usesInOwnOperations',
    reason: { ja: '自社の業務でAIを利用するため', en: 'We use the AI in our own operations' },
  },
];

export const determineRoles = (answers: RoleQuestionnaire): RoleDetermination => {
  const matched = RULES.filter((r) => answers[r.when]);
  if (matched.length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'At least one answer must be yes: a system nobody builds, offers or uses has no role',
      {
        errors: [{ path: 'body', message: 'answer yes to at least one question' }],
      },
    );
  }
  return { roles: matched.map((r) => r.role), reasons: matched.map((r) => ({ role: r.role, reason: r.reason })) };
};

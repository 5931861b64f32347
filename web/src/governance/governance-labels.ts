import type { CallResult } from '@kizuna/client/session';
import { useQuery } from '@tanstack/react-query';
import type { useTranslation } from 'react-i18next';
import { apiQuery } from '../api/api-query.js';
import { readCurrentLanguage } from '../i18n/setup-i18n.js';
import { isEvidenceKind, REVIEW_REASONS, type ReviewReason } from './governance.js';

type Translate = ReturnType<typeof useTranslation>['t'];

/** Picks the current UI language from a `{ ja, en }` text the API sends. */
export function pickLocalized(text: { ja: string; en: string }): string {
  return readCurrentLanguage() === 'ja' ? text.ja || text.en : text.en || text.ja;
}

export function describeEvidenceKind(kind: string, t: Translate): string {
  return isEvidenceKind(kind) ? t(`evidenceKind.${kind}`) : kind;
}

// Transition actions are workflow vocabulary ("review.opened.incident"); people read them as sentences.
const TRANSITION_ACTIONS = [
  'assessment.started',
  'assessment.submitted',
  'signoff.approval_recorded',
  'signoff.approved',
  'signoff.rejected',
  'signoff.invalidated',
  'condition.fulfilment_submitted',
  'condition.fulfilled',
  'condition.lapsed',
  'system.retired',
  'system.reinstated_for_review',
] as const;
type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

const TRANSITION_KEYS = {
  'assessment.started': 'assessmentStarted',
  'assessment.submitted': 'assessmentSubmitted',
  'signoff.approval_recorded': 'approvalRecorded',
  'signoff.approved': 'approved',
  'signoff.rejected': 'rejected',
  'signoff.invalidated': 'signoffInvalidated',
  'condition.fulfilment_submitted': 'fulfilmentSubmitted',
  'condition.fulfilled': 'conditionFulfilled',
  'condition.lapsed': 'conditionLapsed',
  'system.retired': 'retired',
  'system.reinstated_for_review': 'reinstated',
} as const satisfies Record<TransitionAction, string>;

export function describeTransitionAction(action: string, t: Translate): string {
  if ((TRANSITION_ACTIONS as readonly string[]).includes(action)) {
    const key = TRANSITION_KEYS[action as TransitionAction];
    return t(`timeline.action.${key}`);
  }
  if (action.startsWith('review.opened.')) {
    const reason = action.slice('review.opened.'.length);
    if (reason === 'periodic') return t('timeline.action.reviewPeriodic');
    if ((REVIEW_REASONS as readonly string[]).includes(reason)) {
      return t('timeline.action.reviewOpened', { reason: t(`reviewReason.${reason as ReviewReason}`) });
    }
  }
  return action;
}

/** Timer kinds carry an ID after a colon (condition_due:<id>); the prefix says what will happen. */
export function describeTimerKind(kind: string, t: Translate): string {
  if (kind === 'signoff_reminder') return t('timer.signoffReminder');
  if (kind.startsWith('signoff_escalation')) return t('timer.signoffEscalation');
  if (kind.startsWith('condition_reminder:')) return t('timer.conditionReminder');
  if (kind.startsWith('condition_due:')) return t('timer.conditionDue');
  if (kind === 'periodic_review') return t('timer.periodicReview');
  return kind;
}

type LocalizedName = { ja: string; en: string };
const NO_NAMES = new Map<string, LocalizedName>();

/** Framework names come from the catalog API; until they arrive (or if it fails) the ID stands in. */
export function useFrameworkNames(): Map<string, LocalizedName> {
  // Catalog data is fixed at run time, so one fetch per page load serves every assessment screen.
  const frameworks = useQuery({ ...apiQuery('listFrameworks'), staleTime: Infinity, select: selectFrameworkNames });
  return frameworks.data ?? NO_NAMES;
}

function selectFrameworkNames({ data }: CallResult<'listFrameworks'>): Map<string, LocalizedName> {
  return new Map(data.items.map((framework) => [framework.id, framework.name]));
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import type { AiSystem } from '../ai-systems/ai-system.js';
import { AppLink } from '../routing/app-link.js';
import { buildAssessmentPath, navigate } from '../routing/router.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { useTenant } from '../shell/tenant-context.js';
import type { Assessment, LifecycleView, LiveState } from './governance.js';
import { ReviewForm } from './review-form.js';

interface LifecycleActionsProps {
  system: AiSystem;
  lifecycle: LifecycleView;
  canEdit: boolean;
  /** The lifecycle actions the person may take, each its own permission. */
  may: { review: boolean; retire: boolean; reinstate: boolean };
  rolesDetermined: boolean;
  openAssessment: Assessment | null;
  latestAssessment: Assessment | null;
}

/** What can happen next from this state, offered only to people allowed to do it (the API decides in the end). */
export function LifecycleActions(props: LifecycleActionsProps) {
  const { system, lifecycle, canEdit, may, rolesDetermined, openAssessment, latestAssessment } = props;
  const { t } = useTranslation();
  const { slug } = useTenant();
  const formId = useId();
  // The failure is kept with the state it happened in: if a reload shows the state moved on anyway (the workflow
  // applied the action but its answer was lost), the stale error is no longer shown.
  const [failure, setFailure] = useState<{ error: unknown; state: string } | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [confirmRetire, setConfirmRetire] = useState(false);
  const state = lifecycle.state;
  const params = { tenant: slug, id: system.id };

  // Starting or reopening a cycle leads straight to the questionnaire the person has to answer next.
  const openCycle = ({ data }: { data: LiveState }) => {
    if (data.assessmentId) navigate(buildAssessmentPath(slug, system.id, data.assessmentId));
  };
  const start = useApiMutation('startAssessment', { onSuccess: openCycle, refreshOnError: true });
  const review = useApiMutation('openReview', { onSuccess: openCycle, refreshOnError: true });
  const reinstate = useApiMutation('reinstateSystem', { onSuccess: openCycle, refreshOnError: true });
  const retire = useApiMutation('retireSystem', { refreshOnError: true });
  const pending = (
    [
      ['start', start],
      ['review', review],
      ['retire', retire],
      ['reinstate', reinstate],
    ] as const
  ).find(([, mutation]) => mutation.isPending)?.[0];

  async function run(action: () => Promise<unknown>) {
    setFailure(null);
    try {
      await action();
      setReviewOpen(false);
      setConfirmRetire(false);
    } catch (caught) {
      setFailure({ error: caught, state: lifecycle.state });
    }
  }

  const live = lifecycle.live;
  const approvals = live?.approvals.filter((approval) => approval.decision !== 'reject').length ?? 0;

  return (
    <div className="lifecycle-actions" data-testid="lifecycle-actions">
      <div className="lifecycle-status">
        <p className="lifecycle-status-text">{t(`governance.stateHint.${state}`)}</p>
        {state === 'signoff' && live?.quorum != null && (
          <p className="muted small" data-testid="approval-progress">
            {t('governance.approvalProgress', { approvals, quorum: live.quorum })}
          </p>
        )}
      </div>

      {failure && failure.state === state && <ProblemBanner error={failure.error} testId="lifecycle-error" />}

      <div className="action-row">
        {state === 'draft' && canEdit && (
          <button
            type="button"
            className="button button-primary"
            data-testid="start-assessment"
            disabled={!rolesDetermined || pending !== undefined}
            onClick={() => void run(() => start.mutateAsync({ params }))}
          >
            {pending === 'start' ? t('governance.starting') : t('governance.startAssessment')}
          </button>
        )}
        {(state === 'assessment' || state === 'review') && openAssessment && (
          <AppLink
            to={buildAssessmentPath(slug, system.id, openAssessment.id)}
            className={canEdit ? 'button button-primary' : 'button button-secondary'}
            data-testid="open-assessment"
          >
            {canEdit ? t('governance.continueAssessment') : t('governance.viewAssessment')}
          </AppLink>
        )}
        {state !== 'assessment' && state !== 'review' && latestAssessment && (
          <AppLink
            to={buildAssessmentPath(slug, system.id, latestAssessment.id)}
            className="button button-secondary"
            data-testid="view-assessment"
          >
            {t('governance.viewLatestAssessment', { cycle: latestAssessment.cycle })}
          </AppLink>
        )}
        {state === 'active' && may.review && !reviewOpen && (
          <button
            type="button"
            className="button button-secondary"
            data-testid="open-review"
            disabled={pending !== undefined}
            onClick={() => setReviewOpen(true)}
          >
            {t('governance.openReview')}
          </button>
        )}
        {state === 'suspended' && may.reinstate && (
          <button
            type="button"
            className="button button-primary"
            data-testid="reinstate"
            disabled={pending !== undefined}
            onClick={() => void run(() => reinstate.mutateAsync({ params }))}
          >
            {pending === 'reinstate' ? t('governance.reinstating') : t('governance.reinstate')}
          </button>
        )}
        {state !== 'retired' && may.retire && !confirmRetire && (
          <button
            type="button"
            className="button button-ghost-danger"
            data-testid="retire"
            disabled={pending !== undefined}
            onClick={() => setConfirmRetire(true)}
          >
            {t('governance.retire')}
          </button>
        )}
      </div>

      {state === 'draft' && canEdit && !rolesDetermined && (
        <p className="field-hint" data-testid="roles-first">
          {t('governance.rolesFirst')}
        </p>
      )}

      {reviewOpen && (
        <ReviewForm
          busy={pending !== undefined}
          submitting={pending === 'review'}
          onCancel={() => setReviewOpen(false)}
          onSubmit={(body) => void run(() => review.mutateAsync({ params, body }))}
        />
      )}

      {confirmRetire && (
        <div className="confirm-box" role="alertdialog" aria-labelledby={`${formId}-retire`}>
          <p id={`${formId}-retire`}>{t('governance.retireConfirm')}</p>
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={() => setConfirmRetire(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              data-testid="confirm-retire"
              disabled={pending !== undefined}
              onClick={() => void run(() => retire.mutateAsync({ params }))}
            >
              {pending === 'retire' ? t('governance.retiring') : t('governance.confirmRetire')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

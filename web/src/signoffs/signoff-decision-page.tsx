import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.js';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { fetchAssessment, listEvidence, listMyPendingSignOffs } from '../governance/governance-api.js';
import { RiskBreakdown } from '../governance/risk-breakdown.js';
import type { Assessment, Evidence, LiveState, PendingSignOff } from '../governance/governance.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildSignOffInboxPath, buildSystemPath } from '../routing/router.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { LoadingView, MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { AssessmentAnswers } from './assessment-answers.js';
import { DecisionForm } from './decision-form.js';
import { DecisionResult } from './decision-result.js';

interface Loaded {
  /** null when the item is no longer in this person's inbox (decided, withdrawn, or never theirs). */
  pending: PendingSignOff | null;
  assessment: Assessment;
  evidence: Evidence[];
}

/** One sign-off: the snapshot, the tier and why, the answers, then the attested, re-authenticated decision. */
export function SignOffDecisionPage({ systemId, assessmentId }: { systemId: string; assessmentId: string }) {
  const { t } = useTranslation();
  const { slug, user } = useTenant();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<LiveState | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      setError(null);
      setLoaded(null);
      try {
        const [pendingList, assessment, evidence] = await Promise.all([
          listMyPendingSignOffs(slug, signal),
          fetchAssessment(slug, systemId, assessmentId, signal),
          listEvidence(slug, systemId, signal).catch(() => [] as Evidence[]),
        ]);
        if (signal?.aborted) return;
        const pending =
          pendingList.find((item) => item.systemId === systemId && item.assessmentId === assessmentId) ?? null;
        setLoaded({ pending, assessment, evidence });
      } catch (caught) {
        if (!signal?.aborted) setError(caught);
      }
    },
    [slug, systemId, assessmentId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const breadcrumb = (
    <nav className="breadcrumb" aria-label="breadcrumb">
      <AppLink to={buildSignOffInboxPath(slug)}>{t('inbox.title')}</AppLink>
      <span aria-hidden="true">/</span>
      <span aria-current="page">{loaded?.pending?.systemName ?? t('signoff.breadcrumb')}</span>
    </nav>
  );

  if (error) {
    return (
      <div className="page">
        {breadcrumb}
        {isApiError(error) && error.status === 404 ? (
          <MessageView>
            <p>{t('signoff.notFound')}</p>
          </MessageView>
        ) : (
          <ProblemBanner
            error={error}
            action={
              <button type="button" className="button button-small" onClick={() => void load()}>
                {t('common.retry')}
              </button>
            }
          />
        )}
      </div>
    );
  }
  if (!loaded) return <LoadingView />;

  const { pending, assessment, evidence } = loaded;
  if (result) {
    return (
      <div className="page page-narrow">
        {breadcrumb}
        <DecisionResult systemId={systemId} systemName={pending?.systemName ?? ''} live={result} />
      </div>
    );
  }
  if (!pending) {
    return (
      <div className="page">
        {breadcrumb}
        <MessageView title={t('signoff.notPendingTitle')}>
          <p data-testid="signoff-not-pending">{t('signoff.notPending')}</p>
          <div className="action-row">
            <AppLink to={buildSignOffInboxPath(slug)} className="button button-secondary">
              {t('signoff.backToInbox')}
            </AppLink>
            <AppLink to={buildSystemPath(slug, systemId)} className="button button-secondary">
              {t('signoff.openSystem')}
            </AppLink>
          </div>
        </MessageView>
      </div>
    );
  }

  return (
    <div className="page">
      {breadcrumb}
      <div className="page-header">
        <div>
          <h1 className="page-title" data-testid="signoff-heading">
            {t('signoff.title', { name: pending.systemName })}
          </h1>
          <p className="page-subtitle">{t('signoff.subtitle')}</p>
        </div>
        <AppLink to={buildSystemPath(slug, systemId)} className="button button-secondary">
          {t('signoff.openSystem')}
        </AppLink>
      </div>

      <div className="decision-layout">
        <div className="decision-main">
          <section className="card card-padded" aria-labelledby="snapshot-title">
            <h2 className="section-title" id="snapshot-title">
              {t('signoff.snapshotTitle')}
            </h2>
            <dl className="field-list">
              <div className="field-list-item wide">
                <dt>{t('signoff.snapshotHash')}</dt>
                <dd>
                  <code className="hash" data-testid="snapshot-hash">
                    {pending.snapshotHash}
                  </code>
                  <p className="field-hint">{t('signoff.snapshotHint')}</p>
                </dd>
              </div>
              <div className="field-list-item">
                <dt>{t('signoff.submittedBy')}</dt>
                <dd>
                  <ReferenceLabel id={pending.submittedBy} selfId={user.id} />
                </dd>
              </div>
              <div className="field-list-item">
                <dt>{t('signoff.submittedAt')}</dt>
                <dd>{formatDateTime(pending.submittedAt)}</dd>
              </div>
              <div className="field-list-item">
                <dt>{t('signoff.quorum')}</dt>
                <dd data-testid="signoff-quorum">
                  {t('inbox.approvalsValue', { approvals: pending.approvals, quorum: pending.quorum })}
                </dd>
              </div>
              <div className="field-list-item">
                <dt>{t('signoff.cycle')}</dt>
                <dd>
                  {t(`assessmentKind.${assessment.kind}`)} · {t('assessment.cycle', { cycle: assessment.cycle })}
                </dd>
              </div>
            </dl>
          </section>

          <section className="card card-padded" aria-labelledby="answers-title">
            <h2 className="section-title" id="answers-title">
              {t('signoff.answersTitle')}
            </h2>
            <AssessmentAnswers assessment={assessment} evidence={evidence} />
          </section>
        </div>

        <aside className="decision-side">
          <section className="card card-padded" aria-labelledby="tier-title">
            <h2 className="section-title" id="tier-title">
              {t('signoff.tierTitle')}
            </h2>
            <RiskBreakdown risk={pending.risk} />
          </section>
          <DecisionForm
            pending={pending}
            onDecided={setResult}
            onReload={() => {
              setResult(null);
              void load();
            }}
          />
        </aside>
      </div>
    </div>
  );
}

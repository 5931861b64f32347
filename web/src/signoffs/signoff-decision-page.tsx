import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { buildQueryKey, useApiQuery } from '../api/api-query.js';
import { RiskBreakdown } from '../governance/risk-breakdown.js';
import type { LiveState, PendingSignOff } from '../governance/governance.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildSignOffInboxPath, buildSystemPath } from '../routing/router.js';
import { QueryStatus } from '../shell/query-status.js';
import { MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { AssessmentAnswers } from './assessment-answers.js';
import { DecisionForm } from './decision-form.js';
import { DecisionResult } from './decision-result.js';

/** One sign-off: the snapshot, the tier and why, the answers, then the attested, re-authenticated decision. */
export function SignOffDecisionPage({ systemId, assessmentId }: { systemId: string; assessmentId: string }) {
  const { t } = useTranslation();
  const { slug, user } = useTenant();
  const queryClient = useQueryClient();
  const inboxInput = { params: { tenant: slug }, query: { pending: 'mine' as const } };
  const assessmentInput = { params: { tenant: slug, id: systemId, aid: assessmentId } };
  const evidenceInput = { params: { tenant: slug, id: systemId } };
  const inbox = useApiQuery('listSignOffs', inboxInput);
  const assessment = useApiQuery('getAssessment', assessmentInput);
  const evidence = useApiQuery('listEvidence', evidenceInput);
  // The decision just taken, with the inbox item it was taken on: the refreshed inbox no longer lists it.
  const [decided, setDecided] = useState<{ live: LiveState; pending: PendingSignOff } | null>(null);
  /** null when the item is no longer in this person's inbox (decided, withdrawn, or never theirs). */
  const pending =
    decided?.pending ??
    inbox.data?.items.find((item) => item.systemId === systemId && item.assessmentId === assessmentId) ??
    null;

  function reload() {
    // A stale snapshot means everything on screen may have moved: start again from the server's state.
    setDecided(null);
    for (const queryKey of [
      buildQueryKey('listSignOffs', inboxInput),
      buildQueryKey('getAssessment', assessmentInput),
      buildQueryKey('listEvidence', evidenceInput),
    ]) {
      void queryClient.resetQueries({ queryKey, exact: true });
    }
  }

  const breadcrumb = (
    <nav className="breadcrumb" aria-label="breadcrumb">
      <AppLink to={buildSignOffInboxPath(slug)}>{t('inbox.title')}</AppLink>
      <span aria-hidden="true">/</span>
      <span aria-current="page">{pending?.systemName ?? t('signoff.breadcrumb')}</span>
    </nav>
  );

  // Evidence the signer may not list is left out of the answers rather than blocking the decision.
  if (!inbox.data || !assessment.data || evidence.isPending) {
    return (
      <QueryStatus
        queries={[inbox, assessment]}
        frame={(failure) => (
          <div className="page">
            {breadcrumb}
            {failure}
          </div>
        )}
        notFound={
          <MessageView>
            <p>{t('signoff.notFound')}</p>
          </MessageView>
        }
      />
    );
  }

  if (decided) {
    return (
      <div className="page page-narrow">
        {breadcrumb}
        <DecisionResult systemId={systemId} systemName={decided.pending.systemName} live={decided.live} />
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
                  {t(`assessmentKind.${assessment.data.kind}`)} ·{' '}
                  {t('assessment.cycle', { cycle: assessment.data.cycle })}
                </dd>
              </div>
            </dl>
          </section>

          <section className="card card-padded" aria-labelledby="answers-title">
            <h2 className="section-title" id="answers-title">
              {t('signoff.answersTitle')}
            </h2>
            <AssessmentAnswers assessment={assessment.data} evidence={evidence.data?.items ?? []} />
          </section>
        </div>

        <aside className="decision-side">
          <section className="card card-padded" aria-labelledby="tier-title">
            <h2 className="section-title" id="tier-title">
              {t('signoff.tierTitle')}
            </h2>
            <RiskBreakdown risk={pending.risk} />
          </section>
          <DecisionForm pending={pending} onDecided={(live) => setDecided({ live, pending })} onReload={reload} />
        </aside>
      </div>
    </div>
  );
}

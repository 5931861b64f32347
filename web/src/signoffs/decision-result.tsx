import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STATES, type LifecycleState } from '../ai-systems/ai-system.js';
import { LifecycleBadge } from '../ai-systems/system-badges.js';
import type { LiveState } from '../governance/governance.js';
import { AppLink } from '../routing/app-link.js';
import { buildSignOffInboxPath, buildSystemPath } from '../routing/router.js';
import { useTenant } from '../shell/tenant-context.js';

/** What the decision did: the workflow's answer (new state, approvals against the quorum). */
export function DecisionResult({
  systemId,
  systemName,
  live,
}: {
  systemId: string;
  systemName: string;
  live: LiveState;
}) {
  const { t } = useTranslation();
  const { slug } = useTenant();
  const granted = live.approvals.filter((approval) => approval.decision !== 'reject').length;
  const state = isLifecycleState(live.state) ? live.state : null;
  const message =
    state === 'active'
      ? t('signoff.result.active', { name: systemName })
      : state === 'signoff'
        ? t('signoff.result.awaitingOthers', { approvals: granted, quorum: live.quorum ?? granted })
        : state === 'assessment' || state === 'review'
          ? t('signoff.result.returned', { name: systemName })
          : t('signoff.result.recorded');

  return (
    <section className="card card-padded decision-result" data-testid="signoff-result" data-state={live.state}>
      <div className="decision-result-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24">
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        </svg>
      </div>
      <h1 className="page-title">{t('signoff.result.title')}</h1>
      <p>{message}</p>
      <dl className="field-list">
        <div className="field-list-item">
          <dt>{t('detail.lifecycle')}</dt>
          <dd>{state ? <LifecycleBadge state={state} testId="result-state" /> : live.state}</dd>
        </div>
        {live.quorum !== null && (
          <div className="field-list-item">
            <dt>{t('signoff.quorum')}</dt>
            <dd data-testid="result-approvals">
              {t('inbox.approvalsValue', { approvals: granted, quorum: live.quorum })}
            </dd>
          </div>
        )}
      </dl>
      <div className="action-row">
        <AppLink
          to={buildSystemPath(slug, systemId)}
          className="button button-primary"
          data-testid="result-system-link"
        >
          {t('signoff.openSystem')}
        </AppLink>
        <AppLink to={buildSignOffInboxPath(slug)} className="button button-secondary">
          {t('signoff.backToInbox')}
        </AppLink>
      </div>
    </section>
  );
}

function isLifecycleState(state: string): state is LifecycleState {
  return (LIFECYCLE_STATES as readonly string[]).includes(state);
}

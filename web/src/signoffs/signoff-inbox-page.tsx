import { useTranslation } from 'react-i18next';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { RiskTierBadge } from '../ai-systems/system-badges.js';
import { useApiQuery } from '../api/api-query.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildSignOffDecisionPath, navigate } from '../routing/router.js';
import { QueryStatus } from '../shell/query-status.js';
import { useTenant } from '../shell/tenant-context.js';

/** The executive inbox: submitted assessments waiting for this person's decision (never their own). */
export function SignOffInboxPage() {
  const { t } = useTranslation();
  const { slug, user } = useTenant();
  const inbox = useApiQuery('listSignOffs', { params: { tenant: slug }, query: { pending: 'mine' } });
  const items = inbox.data?.items ?? null;

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1 className="page-title">{t('inbox.title')}</h1>
          <p className="page-subtitle">{t('inbox.subtitle')}</p>
        </div>
      </div>
      {(!items || inbox.error) && <QueryStatus queries={[inbox]} />}
      {items?.length === 0 && (
        <div className="empty-state card" data-testid="inbox-empty">
          <p className="empty-state-title">{t('inbox.empty')}</p>
          <p className="muted">{t('inbox.emptyHint')}</p>
        </div>
      )}
      {items && items.length > 0 && (
        <div className="card table-card">
          <table className="data-table" data-testid="inbox-table" aria-label={t('inbox.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('inbox.columns.system')}</th>
                <th scope="col">{t('inbox.columns.tier')}</th>
                <th scope="col">{t('inbox.columns.approvals')}</th>
                <th scope="col">{t('inbox.columns.submittedBy')}</th>
                <th scope="col" className="numeric">
                  {t('inbox.columns.submittedAt')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('inbox.columns.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const path = buildSignOffDecisionPath(slug, item.systemId, item.assessmentId);
                return (
                  <tr
                    key={`${item.systemId}/${item.assessmentId}`}
                    className="clickable-row"
                    data-testid="inbox-row"
                    data-system-id={item.systemId}
                    onClick={(event) => {
                      if ((event.target as HTMLElement).closest('a')) return;
                      navigate(path);
                    }}
                  >
                    <td className="cell-name">
                      <AppLink to={path} data-testid="inbox-row-link">
                        {item.systemName}
                      </AppLink>
                      <span className="cell-sub">
                        {t('inbox.snapshot')} <code>{item.snapshotHash.slice(0, 12)}</code>
                      </span>
                    </td>
                    <td>
                      <RiskTierBadge tier={item.risk.tier} />
                    </td>
                    <td>{t('inbox.approvalsValue', { approvals: item.approvals, quorum: item.quorum })}</td>
                    <td>
                      <ReferenceLabel id={item.submittedBy} selfId={user.id} />
                    </td>
                    <td className="numeric muted">{formatDateTime(item.submittedAt)}</td>
                    <td className="numeric">
                      <AppLink to={path} className="button button-secondary button-compact">
                        {t('inbox.review')}
                      </AppLink>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

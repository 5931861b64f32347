import { useTranslation } from 'react-i18next';
import { apiQuery, useFreshQuery } from '../api/api-query.js';
import { formatCalendarDate, formatDateTime } from '../i18n/format-date-time.js';
import { readIntlLocale } from '../i18n/setup-i18n.js';
import { AppLink } from '../routing/app-link.js';
import { buildIncidentPath } from '../routing/router.js';
import { frameAsPage, QueryStatus } from '../shell/query-status.js';
import { useTenant } from '../shell/tenant-context.js';
import { buildReportDraft } from './report-draft.js';
import { ReportDraftItem } from './report-draft-item.js';
import { nameSystem, useSystemOptions } from './use-system-names.js';

/** A printable draft of the PPC breach report, item by item, for the officer to copy into the PPC's own form. */
export function IncidentReportDraftPage({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { slug } = useTenant();
  const query = useFreshQuery(apiQuery('getIncident', { params: { tenant: slug, id: incidentId } }));
  const systems = useSystemOptions(slug);
  if (!query.data) return <QueryStatus queries={[query]} frame={frameAsPage} />;

  const incident = query.data.data;
  const items = buildReportDraft(incident, {
    t: (key, options) => String(t(key as never, options as never)),
    dateTime: formatDateTime,
    date: formatCalendarDate,
    systemName: (id) => nameSystem(systems.names, id),
    number: (value) => value.toLocaleString(readIntlLocale()),
  });
  return (
    <div className="page page-narrow report-draft" data-testid="report-draft">
      <nav className="breadcrumb no-print" aria-label="breadcrumb">
        <AppLink to={buildIncidentPath(slug, incident.id)}>{incident.title}</AppLink>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{t('incidents.draft.title')}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1 className="page-title">{t('incidents.draft.title')}</h1>
          <p className="page-subtitle">{incident.title}</p>
        </div>
        <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
          {t('incidents.draft.print')}
        </button>
      </div>
      <div className="banner banner-info" role="note" data-testid="report-draft-notice">
        <span className="banner-text">{t('incidents.draft.notice')}</span>
      </div>
      <ol className="report-items">
        {items.map((item, index) => (
          <ReportDraftItem key={item.item} number={index + 1} item={item} />
        ))}
      </ol>
      <p className="muted small">
        {t('incidents.draft.generatedAt', { at: formatDateTime(new Date().toISOString()) })}
      </p>
    </div>
  );
}

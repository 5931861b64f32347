import { useTranslation } from 'react-i18next';
import type { Incident } from './incident.js';

/** Whether the breach must be reported, and why, in words: each matched trigger, and an exemption if one holds. */
export function ReportabilityCard({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { reportability } = incident;
  const breach = incident.categories.includes('personal_data_breach');
  return (
    <section
      className="card card-padded"
      data-testid="reportability"
      data-reportable={String(reportability.reportable)}
    >
      <h2 className="section-title">{t('incidents.reportability.title')}</h2>
      <p data-testid="reportability-verdict">
        <strong>
          {!breach
            ? t('incidents.reportability.notBreach')
            : reportability.reportable
              ? t('incidents.reportability.reportable')
              : t('incidents.reportability.notReportable')}
        </strong>
      </p>
      {reportability.basis.length > 0 && (
        <>
          <p className="muted small">{t('incidents.reportability.because')}</p>
          <ul className="reason-list" data-testid="reportability-basis">
            {reportability.basis.map((trigger) => (
              <li key={trigger} data-trigger={trigger}>
                {t(`incidents.trigger.${trigger}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {reportability.exemption && (
        <p className="banner banner-info" data-testid="reportability-exemption">
          <span className="banner-text">{t(`incidents.exemption.${reportability.exemption}`)}</span>
        </p>
      )}
      <p className="muted small">
        {t('incidents.reportability.source')} <code>{reportability.ruleId}</code>
      </p>
    </section>
  );
}

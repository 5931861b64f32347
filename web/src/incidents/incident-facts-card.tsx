import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format-date-time.js';
import { readIntlLocale } from '../i18n/setup-i18n.js';
import { AppLink } from '../routing/app-link.js';
import { buildSystemPath } from '../routing/router.js';
import { DetailItem } from './detail-item.js';
import type { Incident } from './incident.js';
import { nameSystem } from './use-system-names.js';

interface IncidentFactsCardProps {
  incident: Incident;
  tenant: string;
  names: ReadonlyMap<string, string>;
  onEdit: (() => void) | null;
}

/** What happened, when, to which systems, and the personal-data facts the clocks turn on. */
export function IncidentFactsCard({ incident, tenant, names, onEdit }: IncidentFactsCardProps) {
  const { t } = useTranslation();
  const pd = incident.personalData;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <section className="card card-padded" data-testid="incident-facts">
      <div className="card-header">
        <h2 className="section-title">{t('incidents.page.facts')}</h2>
        {onEdit && (
          <button
            type="button"
            className="button button-secondary button-small"
            data-testid="edit-incident"
            onClick={onEdit}
          >
            {t('incidents.page.editFacts')}
          </button>
        )}
      </div>
      <dl className="field-list">
        <DetailItem label={t('incidents.fields.description')} wide>
          <p className="prose">{incident.description}</p>
        </DetailItem>
        <DetailItem label={t('incidents.fields.categories')} wide>
          <span className="role-chips">
            {incident.categories.map((category) => (
              <span key={category} className="chip">
                {t(`incidents.category.${category}`)}
              </span>
            ))}
          </span>
        </DetailItem>
        <DetailItem label={t('incidents.fields.systems')} wide>
          {incident.systemIds.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="plain-list" data-testid="incident-systems">
              {incident.systemIds.map((id) => (
                <li key={id}>
                  <AppLink to={buildSystemPath(tenant, id)} data-testid="incident-system-link">
                    {nameSystem(names, id)}
                  </AppLink>
                </li>
              ))}
            </ul>
          )}
        </DetailItem>
        <DetailItem label={t('incidents.fields.occurredAt')}>
          {incident.occurredAt ? formatDateTime(incident.occurredAt) : t('common.none')}
        </DetailItem>
        <DetailItem label={t('incidents.fields.detectedAt')}>{formatDateTime(incident.detectedAt)}</DetailItem>
        <DetailItem label={t('incidents.fields.awareAt')}>{formatDateTime(incident.awareAt)}</DetailItem>
        <DetailItem label={t('incidents.fields.reporter')}>{incident.reporter ?? t('common.none')}</DetailItem>
        {pd && (
          <>
            <DetailItem label={t('incidents.personalData.affectedCount')}>
              <span data-testid="fact-affected-count">
                {pd.affectedCount === null
                  ? t('incidents.page.unknown')
                  : t(pd.affectedCountEstimated ? 'incidents.page.countEstimated' : 'incidents.page.count', {
                      count: pd.affectedCount,
                      n: pd.affectedCount.toLocaleString(readIntlLocale()),
                    })}
              </span>
            </DetailItem>
            <DetailItem label={t('incidents.personalData.sensitive')}>{yesNo(pd.sensitive)}</DetailItem>
            <DetailItem label={t('incidents.personalData.financialLossRisk')}>{yesNo(pd.financialLossRisk)}</DetailItem>
            <DetailItem label={t('incidents.personalData.wrongfulPurpose')}>{yesNo(pd.wrongfulPurpose)}</DetailItem>
            <DetailItem label={t('incidents.personalData.highlyEncrypted')}>{yesNo(pd.highlyEncrypted)}</DetailItem>
            <DetailItem label={t('incidents.personalData.processorFor')}>
              {pd.processorFor ?? t('common.none')}
            </DetailItem>
          </>
        )}
      </dl>
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format-date-time.js';
import { PROFILE_FLAGS, type AiSystem } from './ai-system.js';
import { ReferenceLabel } from './reference-label.js';
import { LifecycleBadge, RiskTierBadge } from './system-badges.js';

/** The record of one system as registered: overview, profile flags and bookkeeping. */
export function SystemDetails({ system, selfId }: { system: AiSystem; selfId: string }) {
  const { t } = useTranslation();
  return (
    <div className="detail-grid">
      <section className="card card-padded detail-main">
        <h2 className="section-title">{t('detail.overview')}</h2>
        <dl className="field-list">
          <DetailItem label={t('detail.purpose')} wide>
            <p className="prose">{system.purpose}</p>
          </DetailItem>
          <DetailItem label={t('detail.roles')}>
            <span className="role-chips">
              {system.roles.map((role) => (
                <span key={role} className="chip chip-role">
                  {t(`role.${role}`)}
                </span>
              ))}
            </span>
          </DetailItem>
          <DetailItem label={t('detail.deploymentRegions')}>
            {system.deploymentRegions.length > 0 ? (
              <span className="role-chips">
                {system.deploymentRegions.map((region) => (
                  <span key={region} className="chip">
                    {region}
                  </span>
                ))}
              </span>
            ) : (
              t('common.none')
            )}
          </DetailItem>
          <DetailItem label={t('detail.vendor')}>{system.vendor ?? t('common.none')}</DetailItem>
          <DetailItem label={t('detail.modelName')}>{system.modelName ?? t('common.none')}</DetailItem>
          <DetailItem label={t('detail.businessUnit')}>
            <ReferenceLabel id={system.businessUnitId} />
          </DetailItem>
          <DetailItem label={t('detail.owner')}>
            <ReferenceLabel id={system.ownerId} selfId={selfId} />
          </DetailItem>
        </dl>
      </section>

      <section className="card card-padded detail-profile">
        <h2 className="section-title">{t('detail.profile')}</h2>
        <p className="muted small">{t('detail.profileHint')}</p>
        <ul className="flag-list">
          <li className="flag-item">
            <span>{t('profile.sector')}</span>
            <strong>{t(`sector.${system.profile.sector}`)}</strong>
          </li>
          <li className="flag-item" data-testid="profile-prohibited-practice">
            <span>{t('profile.prohibitedPractice')}</span>
            <strong className={system.profile.prohibitedPractice === 'none' ? undefined : 'text-danger'}>
              {t(`prohibitedPractice.${system.profile.prohibitedPractice}`)}
            </strong>
          </li>
          {PROFILE_FLAGS.map((flag) => (
            <li key={flag} className="flag-item">
              <span>{t(`profile.${flag}`)}</span>
              <span className={system.profile[flag] ? 'flag flag-on' : 'flag flag-off'}>
                {system.profile[flag] ? t('common.yes') : t('common.no')}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card card-padded detail-record">
        <h2 className="section-title">{t('detail.record')}</h2>
        <dl className="field-list field-list-three">
          <DetailItem label={t('detail.lifecycle')}>
            <LifecycleBadge state={system.lifecycleState} />
          </DetailItem>
          <DetailItem label={t('detail.riskTier')}>
            <RiskTierBadge tier={system.riskTier} />
          </DetailItem>
          <DetailItem label={t('detail.version')}>{system.version}</DetailItem>
          <DetailItem label={t('detail.createdAt')}>{formatDateTime(system.createdAt)}</DetailItem>
          <DetailItem label={t('detail.updatedAt')}>{formatDateTime(system.updatedAt)}</DetailItem>
          <DetailItem label={t('detail.id')}>
            <code className="reference">{system.id}</code>
          </DetailItem>
        </dl>
      </section>
    </div>
  );
}

function DetailItem({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'field-list-item wide' : 'field-list-item'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

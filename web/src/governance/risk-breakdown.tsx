import { useTranslation } from 'react-i18next';
import { RiskTierBadge } from '../ai-systems/system-badges.js';
import { pickLocalized } from './governance-labels.js';
import type { RiskAssessment } from './governance.js';

/** The tier with every factor and its weight, so a signer can see why the system landed where it did. */
export function RiskBreakdown({ risk }: { risk: RiskAssessment }) {
  const { t } = useTranslation();
  return (
    <div className="risk-breakdown" data-testid="risk-breakdown">
      <div className="risk-breakdown-head">
        <RiskTierBadge tier={risk.tier} />
        <span className="muted small">{t('risk.score', { score: risk.score })}</span>
      </div>
      {risk.prohibitedUse && (
        <div className="banner banner-error" role="note">
          <span className="banner-text">{t('risk.prohibitedUse')}</span>
        </div>
      )}
      {risk.factors.length > 0 ? (
        <table className="factor-table">
          <caption className="visually-hidden">{t('risk.factorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('risk.factor')}</th>
              <th scope="col" className="numeric">
                {t('risk.weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {risk.factors.map((factor) => (
              <tr key={factor.code} data-testid="risk-factor">
                <td>{pickLocalized(factor.label)}</td>
                <td className="numeric">
                  <span className="weight">+{factor.weight}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted small">{t('risk.noFactors')}</p>
      )}
      <p className="muted small">{t('risk.ruleSet', { version: risk.ruleSetVersion })}</p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { LifecycleState, RiskTier } from './ai-system.js';

export function LifecycleBadge({ state, testId }: { state: LifecycleState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-lifecycle badge-${state}`} data-state={state} data-testid={testId}>
      <span className="badge-dot" aria-hidden="true" />
      {t(`lifecycle.${state}`)}
    </span>
  );
}

export function RiskTierBadge({ tier }: { tier: RiskTier | null }) {
  const { t } = useTranslation();
  if (tier === null) return <span className="risk risk-unassessed">{t('riskTier.unassessed')}</span>;
  return (
    <span className={`risk risk-${tier}`} data-tier={tier}>
      <span className="risk-bars" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      {t(`riskTier.${tier}`)}
    </span>
  );
}

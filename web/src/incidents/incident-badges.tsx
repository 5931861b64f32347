import { useTranslation } from 'react-i18next';
import type { IncidentSeverity, IncidentStatus } from './incident.js';

export function SeverityBadge({ severity }: { severity: IncidentSeverity }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-severity badge-severity-${severity}`} data-severity={severity}>
      <span className="badge-dot" aria-hidden="true" />
      {t(`incidents.severity.${severity}`)}
    </span>
  );
}

export function IncidentStatusBadge({ status, testId }: { status: IncidentStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-incident-${status}`} data-status={status} data-testid={testId}>
      {t(`incidents.status.${status}`)}
    </span>
  );
}

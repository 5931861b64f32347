import { useTranslation } from 'react-i18next';
import { AppLink } from '../routing/app-link.js';
import { buildIncidentPath, buildSystemPath } from '../routing/router.js';
import { ClockCountdown } from './clock-countdown.js';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges.js';
import type { IncidentSummary } from './incident.js';
import { nameSystem } from './use-system-names.js';

interface IncidentBoardRowProps {
  incident: IncidentSummary;
  tenant: string;
  names: ReadonlyMap<string, string>;
  now: number;
}

export function IncidentBoardRow({ incident, tenant, names, now }: IncidentBoardRowProps) {
  const { t } = useTranslation();
  const clocks = incident.regulatoryClocks;
  return (
    <tr data-testid="incident-row" data-incident-id={incident.id} data-status={incident.status}>
      <td className="cell-name">
        <AppLink to={buildIncidentPath(tenant, incident.id)} data-testid="incident-row-link">
          {incident.title}
        </AppLink>
      </td>
      <td>
        <SeverityBadge severity={incident.severity} />
      </td>
      <td>
        <IncidentStatusBadge status={incident.status} />
      </td>
      <td>
        {incident.systemIds.length === 0 ? (
          <span className="muted">{t('common.none')}</span>
        ) : (
          <ul className="plain-list">
            {incident.systemIds.map((id) => (
              <li key={id}>
                <AppLink to={buildSystemPath(tenant, id)}>{nameSystem(names, id)}</AppLink>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {clocks.length === 0 ? (
          <span className="muted">{t('incidents.board.noClocks')}</span>
        ) : (
          <ul className="plain-list clock-list-compact">
            {clocks.map((clock) => (
              <li key={clock.ruleId} data-testid="board-clock" data-kind={clock.kind} data-status={clock.status}>
                <span className="clock-kind">{t(`incidents.clockKind.${clock.kind}`)}</span>{' '}
                <ClockCountdown clock={clock} now={now} />
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

import { useTranslation } from 'react-i18next';
import type { BoardFilters } from './board-filters.js';
import { INCIDENT_SEVERITY_LIST, INCIDENT_STATUS_LIST } from './incident.js';
import type { SystemOption } from './use-system-names.js';

interface IncidentFilterBarProps {
  filters: BoardFilters;
  systems: readonly SystemOption[];
  onChange: (next: BoardFilters) => void;
}

export function IncidentFilterBar({ filters, systems, onChange }: IncidentFilterBarProps) {
  const { t } = useTranslation();
  // An empty choice removes the filter; the URL then carries nothing for it.
  function set<K extends keyof BoardFilters>(key: K, value: string) {
    const next = { ...filters };
    if (value) next[key] = value as BoardFilters[K];
    else delete next[key];
    onChange(next);
  }
  return (
    <div className="filter-bar" role="search" aria-label={t('incidents.board.title')}>
      <label className="filter">
        <span>{t('incidents.fields.status')}</span>
        <select
          data-testid="filter-status"
          value={filters.status ?? ''}
          onChange={(event) => set('status', event.target.value)}
        >
          <option value="">{t('incidents.board.any')}</option>
          {INCIDENT_STATUS_LIST.map((status) => (
            <option key={status} value={status}>
              {t(`incidents.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('incidents.fields.severity')}</span>
        <select
          data-testid="filter-severity"
          value={filters.severity ?? ''}
          onChange={(event) => set('severity', event.target.value)}
        >
          <option value="">{t('incidents.board.any')}</option>
          {INCIDENT_SEVERITY_LIST.map((severity) => (
            <option key={severity} value={severity}>
              {t(`incidents.severity.${severity}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('incidents.fields.systems')}</span>
        <select
          data-testid="filter-system"
          value={filters.systemId ?? ''}
          onChange={(event) => set('systemId', event.target.value)}
        >
          <option value="">{t('incidents.board.any')}</option>
          {systems.map((system) => (
            <option key={system.id} value={system.id}>
              {system.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('incidents.board.deadlines')}</span>
        <select
          data-testid="filter-overdue"
          value={filters.overdue ?? ''}
          onChange={(event) => set('overdue', event.target.value)}
        >
          <option value="">{t('incidents.board.any')}</option>
          <option value="true">{t('incidents.board.overdueOnly')}</option>
          <option value="false">{t('incidents.board.notOverdue')}</option>
        </select>
      </label>
    </div>
  );
}

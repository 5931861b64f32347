import {
  INCIDENT_SEVERITY_LIST,
  INCIDENT_STATUS_LIST,
  type IncidentSeverity,
  type IncidentStatus,
} from './incident.js';

/** The board's filters, as kept in the URL's query string so a filtered board can be shared and reloaded. */
export interface BoardFilters {
  status?: IncidentStatus;
  severity?: IncidentSeverity;
  systemId?: string;
  overdue?: 'true' | 'false';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from a query string; values the API would refuse are dropped rather than sent. */
export function readBoardFilters(search: string): BoardFilters {
  const params = new URLSearchParams(search);
  const filters: BoardFilters = {};
  const status = params.get('status');
  const severity = params.get('severity');
  const systemId = params.get('system');
  const overdue = params.get('overdue');
  if (status && (INCIDENT_STATUS_LIST as readonly string[]).includes(status)) {
    filters.status = status as IncidentStatus;
  }
  if (severity && (INCIDENT_SEVERITY_LIST as readonly string[]).includes(severity)) {
    filters.severity = severity as IncidentSeverity;
  }
  if (systemId && UUID.test(systemId)) filters.systemId = systemId;
  if (overdue === 'true' || overdue === 'false') filters.overdue = overdue;
  return filters;
}

export function writeBoardFilters(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.severity) params.set('severity', filters.severity);
  if (filters.systemId) params.set('system', filters.systemId);
  if (filters.overdue) params.set('overdue', filters.overdue);
  const text = params.toString();
  return text ? `?${text}` : '';
}

import { useSyncExternalStore } from 'react';

// A deliberately tiny History API router: the app has a handful of routes, not worth a dependency.

const NAVIGATE_EVENT = 'kizuna:navigate';

function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function readPathname(): string {
  return window.location.pathname;
}

function readSearch(): string {
  return window.location.search;
}

export function usePathname(): string {
  return useSyncExternalStore(subscribeToLocation, readPathname);
}

/** The query string (e.g. a list's filters), re-read on every in-app navigation. */
export function useSearch(): string {
  return useSyncExternalStore(subscribeToLocation, readSearch);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}

export type Route =
  | { name: 'home' }
  | { name: 'login' }
  | { name: 'inventory'; tenant: string }
  | { name: 'create-system'; tenant: string }
  | { name: 'system-detail'; tenant: string; systemId: string }
  | { name: 'assessment'; tenant: string; systemId: string; assessmentId: string }
  | { name: 'signoff-inbox'; tenant: string }
  | { name: 'signoff-decision'; tenant: string; systemId: string; assessmentId: string }
  | { name: 'incident-board'; tenant: string }
  | { name: 'create-incident'; tenant: string }
  | { name: 'incident-detail'; tenant: string; incidentId: string }
  | { name: 'incident-report'; tenant: string; incidentId: string }
  | { name: 'tenant-home'; tenant: string }
  // The public feedback page of a tenant: no login, so it names the tenant by `slug`, not `tenant`.
  | { name: 'public-feedback'; slug: string }
  | { name: 'not-found' };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/login') return { name: 'login' };
  const parts = path.split('/').slice(1).map(decodeURIComponent);
  if (parts[0] === 'feedback' && parts.length === 2 && parts[1]) return { name: 'public-feedback', slug: parts[1] };
  if (parts[0] !== 't' || !parts[1]) return { name: 'not-found' };
  const tenant = parts[1];
  if (parts.length === 2) return { name: 'tenant-home', tenant };
  const [, , section, first, second, third] = parts;
  if (section === 'signoffs') {
    if (parts.length === 3) return { name: 'signoff-inbox', tenant };
    if (parts.length === 5 && first && second) {
      return { name: 'signoff-decision', tenant, systemId: first, assessmentId: second };
    }
    return { name: 'not-found' };
  }
  if (section === 'incidents') return matchIncidentRoute(tenant, parts.slice(3));
  if (section !== 'ai-systems') return { name: 'not-found' };
  if (parts.length === 3) return { name: 'inventory', tenant };
  if (parts.length === 4 && first === 'new') return { name: 'create-system', tenant };
  if (parts.length === 4 && first) return { name: 'system-detail', tenant, systemId: first };
  if (parts.length === 6 && first && second === 'assessments' && third) {
    return { name: 'assessment', tenant, systemId: first, assessmentId: third };
  }
  return { name: 'not-found' };
}

export function buildInventoryPath(tenant: string): string {
  return `/t/${encodeURIComponent(tenant)}/ai-systems`;
}

export function buildSystemPath(tenant: string, systemId: string): string {
  return `${buildInventoryPath(tenant)}/${encodeURIComponent(systemId)}`;
}

export function buildCreateSystemPath(tenant: string): string {
  return `${buildInventoryPath(tenant)}/new`;
}

export function buildAssessmentPath(tenant: string, systemId: string, assessmentId: string): string {
  return `${buildSystemPath(tenant, systemId)}/assessments/${encodeURIComponent(assessmentId)}`;
}

export function buildSignOffInboxPath(tenant: string): string {
  return `/t/${encodeURIComponent(tenant)}/signoffs`;
}

export function buildSignOffDecisionPath(tenant: string, systemId: string, assessmentId: string): string {
  return `${buildSignOffInboxPath(tenant)}/${encodeURIComponent(systemId)}/${encodeURIComponent(assessmentId)}`;
}

function matchIncidentRoute(tenant: string, rest: string[]): Route {
  const [id, sub] = rest;
  if (rest.length === 0) return { name: 'incident-board', tenant };
  if (rest.length === 1 && id === 'new') return { name: 'create-incident', tenant };
  if (rest.length === 1 && id) return { name: 'incident-detail', tenant, incidentId: id };
  if (rest.length === 2 && id && sub === 'report-draft') return { name: 'incident-report', tenant, incidentId: id };
  return { name: 'not-found' };
}

export function buildIncidentBoardPath(tenant: string, search = ''): string {
  return `/t/${encodeURIComponent(tenant)}/incidents${search}`;
}

export function buildCreateIncidentPath(tenant: string): string {
  return `${buildIncidentBoardPath(tenant)}/new`;
}

export function buildIncidentPath(tenant: string, incidentId: string): string {
  return `${buildIncidentBoardPath(tenant)}/${encodeURIComponent(incidentId)}`;
}

export function buildIncidentReportPath(tenant: string, incidentId: string): string {
  return `${buildIncidentPath(tenant, incidentId)}/report-draft`;
}

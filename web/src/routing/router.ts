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

export function usePathname(): string {
  return useSyncExternalStore(subscribeToLocation, readPathname);
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
  | { name: 'tenant-home'; tenant: string }
  | { name: 'not-found' };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/login') return { name: 'login' };
  const parts = path.split('/').slice(1).map(decodeURIComponent);
  if (parts[0] !== 't' || !parts[1]) return { name: 'not-found' };
  const tenant = parts[1];
  if (parts.length === 2) return { name: 'tenant-home', tenant };
  if (parts[2] !== 'ai-systems') return { name: 'not-found' };
  if (parts.length === 3) return { name: 'inventory', tenant };
  if (parts.length === 4 && parts[3] === 'new') return { name: 'create-system', tenant };
  if (parts.length === 4 && parts[3]) return { name: 'system-detail', tenant, systemId: parts[3] };
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

import type { TenantMembership } from '../auth/session-cache.js';

// The last tenant someone worked in is where they most likely want to land after the next login.
const TENANT_STORAGE_KEY = 'kizuna.tenant';

export function rememberTenant(slug: string): void {
  try {
    window.localStorage.setItem(TENANT_STORAGE_KEY, slug);
  } catch {
    // Storage may be unavailable; landing on the first tenant is an acceptable fallback.
  }
}

export function choosePreferredTenant(tenants: readonly TenantMembership[]): TenantMembership | undefined {
  let remembered: string | null = null;
  try {
    remembered = window.localStorage.getItem(TENANT_STORAGE_KEY);
  } catch {
    remembered = null;
  }
  return tenants.find((tenant) => tenant.slug === remembered) ?? tenants[0];
}

import { useMemo, type ReactNode } from 'react';
import { useTenantAccess } from '../authz/tenant-access.js';
import { frameAsPage, QueryStatus } from './query-status.js';
import { NoTenantAccessView } from './status-views.js';
import { TenantContext, type TenantContextValue } from './tenant-context.js';

/** Loads who the caller is in this tenant (roles + CASL rules) before any tenant page renders. */
export function TenantShell({ slug, children }: { slug: string; children: ReactNode }) {
  const { access, queries } = useTenantAccess(slug);
  const context = useMemo<TenantContextValue | null>(() => (access ? { ...access, slug } : null), [access, slug]);

  if (!context) {
    return (
      <QueryStatus
        queries={queries}
        notFound={<NoTenantAccessView fallbackPath={null} />}
        notFoundStatuses={[403, 404]}
        frame={frameAsPage}
      />
    );
  }
  return <TenantContext.Provider value={context}>{children}</TenantContext.Provider>;
}

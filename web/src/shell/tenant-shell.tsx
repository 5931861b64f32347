import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.js';
import { fetchTenantAccess, type TenantAccess } from '../authz/tenant-access.js';
import { ProblemBanner } from './problem-banner.js';
import { LoadingView, NoTenantAccessView } from './status-views.js';
import { TenantContext, type TenantContextValue } from './tenant-context.js';

/** Loads who the caller is in this tenant (roles + CASL rules) before any tenant page renders. */
export function TenantShell({ slug, children }: { slug: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [access, setAccess] = useState<{ slug: string; value: TenantAccess } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    fetchTenantAccess(slug, controller.signal).then(
      (value) => setAccess({ slug, value }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      },
    );
    return () => controller.abort();
  }, [slug, attempt]);

  const context = useMemo<TenantContextValue | null>(
    () => (access && access.slug === slug ? { ...access.value, slug } : null),
    [access, slug],
  );

  if (error) {
    if (isApiError(error) && (error.status === 403 || error.status === 404)) {
      return <NoTenantAccessView fallbackPath={null} />;
    }
    return (
      <div className="page">
        <ProblemBanner
          error={error}
          action={
            <button type="button" className="button button-small" onClick={() => setAttempt((n) => n + 1)}>
              {t('common.retry')}
            </button>
          }
        />
      </div>
    );
  }
  if (!context) return <LoadingView />;
  return <TenantContext.Provider value={context}>{children}</TenantContext.Provider>;
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../routing/app-link.js';

export function LoadingView({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-view" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function MessageView({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <div className="message-view">
      {title && <h1 className="message-view-title">{title}</h1>}
      {children}
    </div>
  );
}

/** Shown for a tenant URL the caller is not a member of; offers the way back to one they are. */
export function NoTenantAccessView({ fallbackPath }: { fallbackPath: string | null }) {
  const { t } = useTranslation();
  return (
    <MessageView>
      <p>{t('tenants.noAccess')}</p>
      {fallbackPath && (
        <AppLink to={fallbackPath} className="button button-secondary">
          {t('tenants.goToDefault')}
        </AppLink>
      )}
    </MessageView>
  );
}

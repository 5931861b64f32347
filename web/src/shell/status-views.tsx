import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

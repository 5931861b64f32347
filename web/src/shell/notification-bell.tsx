import { useQueries } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { apiQuery } from '../api/api-query.js';
import { isNotificationKind, type AppNotification } from '../governance/governance.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildSignOffDecisionPath, buildSystemPath } from '../routing/router.js';
import { NOTIFICATION_LIMIT } from './use-inbox-summary.js';

interface NotificationBellProps {
  tenantSlug: string;
  notifications: AppNotification[] | null;
}

export function NotificationBell({ tenantSlug, notifications }: NotificationBellProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const systemNames = useSystemNames(tenantSlug, open ? (notifications ?? []) : []);
  // Opening a notification reads it; still unread after a failure is harmless: it is offered again.
  const markRead = useApiMutation('markNotificationRead');
  const count = notifications?.length ?? 0;

  useEffect(() => {
    if (!open) return;
    function handlePointer(event: PointerEvent) {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function handleKey(event: KeyboardEvent) {
      if (event.key === 'Escape') setOpen(false);
    }
    document.addEventListener('pointerdown', handlePointer);
    document.addEventListener('keydown', handleKey);
    return () => {
      document.removeEventListener('pointerdown', handlePointer);
      document.removeEventListener('keydown', handleKey);
    };
  }, [open]);

  const countLabel = count >= NOTIFICATION_LIMIT ? `${NOTIFICATION_LIMIT}+` : String(count);
  return (
    <div className="notification-bell" ref={containerRef}>
      <button
        type="button"
        className="icon-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={panelId}
        title={t('notifications.title')}
        aria-label={count > 0 ? t('notifications.unreadLabel', { count }) : t('notifications.title')}
        data-testid="notification-bell"
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M10 2.5a5 5 0 0 0-5 5v2.8L3.6 13a.8.8 0 0 0 .7 1.2h11.4a.8.8 0 0 0 .7-1.2L15 10.3V7.5a5 5 0 0 0-5-5ZM8 15.5a2 2 0 0 0 4 0" />
        </svg>
        {count > 0 && (
          <span className="count-badge" data-testid="notification-count">
            {countLabel}
          </span>
        )}
      </button>
      {open && (
        <div className="notification-panel" id={panelId} data-testid="notification-panel">
          <div className="notification-panel-header">
            <strong>{t('notifications.title')}</strong>
            <span className="muted small">{t('notifications.unreadOnly')}</span>
          </div>
          {notifications === null && <p className="notification-empty muted">{t('common.loading')}</p>}
          {notifications?.length === 0 && <p className="notification-empty muted">{t('notifications.empty')}</p>}
          {notifications && notifications.length > 0 && (
            <ul className="notification-list">
              {notifications.map((notification) => (
                <li key={notification.id} data-testid="notification-item" data-kind={notification.kind}>
                  <AppLink
                    to={buildNotificationTarget(tenantSlug, notification)}
                    className="notification-link"
                    onClick={() => {
                      setOpen(false);
                      markRead.mutate({ params: { tenant: tenantSlug, nid: notification.id } });
                    }}
                  >
                    <span className="notification-kind">
                      {isNotificationKind(notification.kind)
                        ? t(`notifications.kind.${notification.kind}`)
                        : t('notifications.kind.other')}
                    </span>
                    <span className="notification-text">{describeNotification(notification, systemNames, t)}</span>
                    <span className="notification-time muted">{formatDateTime(notification.createdAt)}</span>
                  </AppLink>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function describeNotification(notification: AppNotification, names: Map<string, string>, t: Translate): string {
  const system = (notification.systemId && names.get(notification.systemId)) || t('notifications.someSystem');
  const payload = readPayload(notification);
  switch (notification.kind) {
    case 'signoff_requested':
      return t('notifications.text.signoff_requested', { system });
    case 'signoff_reminder':
      return t('notifications.text.signoff_reminder', { system });
    case 'signoff_escalated':
      return t('notifications.text.signoff_escalated', { system });
    case 'condition_due_soon':
      return t('notifications.text.condition_due_soon', {
        system,
        due: typeof payload.dueAt === 'string' ? formatDateTime(payload.dueAt) : t('common.none'),
      });
    case 'condition_lapsed':
      return t('notifications.text.condition_lapsed', { system });
    default:
      return system;
  }
}

function readPayload(notification: AppNotification): Record<string, unknown> {
  return typeof notification.payload === 'object' && notification.payload !== null
    ? (notification.payload as Record<string, unknown>)
    : {};
}

/** Sign-off notifications open the decision form; everything else opens the system page. */
function buildNotificationTarget(tenant: string, notification: AppNotification): string {
  const assessmentId = readPayload(notification).assessmentId;
  if (notification.systemId && notification.kind.startsWith('signoff_') && typeof assessmentId === 'string') {
    return buildSignOffDecisionPath(tenant, notification.systemId, assessmentId);
  }
  return notification.systemId ? buildSystemPath(tenant, notification.systemId) : '#';
}

// Notifications carry only a system ID; names are looked up when the panel opens, once per system per page load.
function useSystemNames(tenant: string, notifications: AppNotification[]): Map<string, string> {
  const ids = [...new Set(notifications.flatMap((n) => (n.systemId ? [n.systemId] : [])))];
  const systems = useQueries({
    queries: ids.map((id) => ({ ...apiQuery('getAiSystem', { params: { tenant, id } }), staleTime: Infinity })),
  });
  // A system the reader may not open (or that is gone) keeps the generic wording.
  return new Map(
    systems.flatMap((query, index) => (query.data && ids[index] ? [[ids[index], query.data.data.name] as const] : [])),
  );
}

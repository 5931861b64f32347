import { useApiQuery } from '../api/api-query.js';
import type { AppNotification } from '../governance/governance.js';

export interface InboxSummary {
  /** null until the first answer, or when the caller may not list sign-offs. */
  pendingSignOffs: number | null;
  notifications: AppNotification[] | null;
}

// The bell shows the newest few; the count says how many more are waiting.
export const NOTIFICATION_LIMIT = 20;
// Reminders and escalations arrive from workflow timers, not from this tab; a slow poll picks them up. Changes
// made in this tab refresh both at once: the writes mark them stale.
const POLL_INTERVAL_MS = 60_000;

/** Pending sign-offs and unread notifications for the header, refreshed on a timer and after local changes. */
export function useInboxSummary(tenantSlug: string | null): InboxSummary {
  const params = { tenant: tenantSlug ?? '' };
  const options = { enabled: tenantSlug !== null, refetchInterval: POLL_INTERVAL_MS };
  // Each half fails on its own: an auditor without notifications still sees nothing odd in the header.
  const pending = useApiQuery('listSignOffs', { params, query: { pending: 'mine' } }, options);
  const notifications = useApiQuery(
    'listNotifications',
    { params, query: { unread: 'true', limit: NOTIFICATION_LIMIT } },
    options,
  );
  return {
    pendingSignOffs: pending.data?.items.length ?? null,
    notifications: notifications.data?.items ?? null,
  };
}

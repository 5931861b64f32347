import { useCallback, useEffect, useState } from 'react';
import { listMyPendingSignOffs, listUnreadNotifications } from '../governance/governance-api.js';
import { subscribeGovernanceChange } from '../governance/governance-events.js';
import type { AppNotification } from '../governance/governance.js';

export interface InboxSummary {
  /** null until the first answer, or when the caller may not list sign-offs. */
  pendingSignOffs: number | null;
  notifications: AppNotification[] | null;
}

// The bell shows the newest few; the count says how many more are waiting.
export const NOTIFICATION_LIMIT = 20;
// Reminders and escalations arrive from workflow timers, not from this tab; a slow poll picks them up.
const POLL_INTERVAL_MS = 60_000;

/** Pending sign-offs and unread notifications for the header, refreshed on a timer and after local changes. */
export function useInboxSummary(tenantSlug: string | null): InboxSummary {
  const [summary, setSummary] = useState<{ slug: string | null; value: InboxSummary }>({
    slug: null,
    value: { pendingSignOffs: null, notifications: null },
  });

  const refresh = useCallback(
    (signal?: AbortSignal) => {
      if (!tenantSlug) return;
      // Each half fails on its own: an auditor without notifications still sees nothing odd in the header.
      void Promise.allSettled([
        listMyPendingSignOffs(tenantSlug, signal),
        listUnreadNotifications(tenantSlug, NOTIFICATION_LIMIT, signal),
      ]).then(([pending, notifications]) => {
        if (signal?.aborted) return;
        setSummary((previous) => {
          const base = previous.slug === tenantSlug ? previous.value : { pendingSignOffs: null, notifications: null };
          return {
            slug: tenantSlug,
            value: {
              pendingSignOffs: pending.status === 'fulfilled' ? pending.value.length : base.pendingSignOffs,
              notifications: notifications.status === 'fulfilled' ? notifications.value : base.notifications,
            },
          };
        });
      });
    },
    [tenantSlug],
  );

  useEffect(() => {
    if (!tenantSlug) return;
    const controller = new AbortController();
    refresh(controller.signal);
    const timer = window.setInterval(() => refresh(controller.signal), POLL_INTERVAL_MS);
    const unsubscribe = subscribeGovernanceChange(() => refresh(controller.signal));
    return () => {
      controller.abort();
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [tenantSlug, refresh]);

  return summary.slug === tenantSlug ? summary.value : { pendingSignOffs: null, notifications: null };
}

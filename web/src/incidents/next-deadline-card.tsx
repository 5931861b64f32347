import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../api/api-client.js';
import { AppLink } from '../routing/app-link.js';
import { buildIncidentPath } from '../routing/router.js';
import { formatCalendarDate } from '../i18n/format-date-time.js';
import { useTenant } from '../shell/tenant-context.js';
import { ClockCountdown } from './clock-countdown.js';
import { findNextClock, type IncidentSummary, type RegulatoryClock } from './incident.js';
import { useNow } from './use-now.js';

// The list has no "by deadline" order, so the card reads a bounded number of pages and says when it stopped short.
const PAGE = 200;
const MAX_PAGES = 5;

interface NextDeadline {
  incident: IncidentSummary;
  clock: RegulatoryClock & { dueAt: string };
}

async function findNextDeadline(tenant: string, signal: AbortSignal) {
  let best: NextDeadline | null = null;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data } = await apiClient.call('listIncidents', {
      params: { tenant },
      query: { limit: PAGE, ...(cursor ? { cursor } : {}) },
      signal,
    });
    for (const incident of data.items) {
      if (incident.status === 'closed') continue;
      const clock = findNextClock(incident.regulatoryClocks);
      if (clock && (!best || Date.parse(clock.dueAt) < Date.parse(best.clock.dueAt))) best = { incident, clock };
    }
    if (!data.nextCursor) return { best, complete: true };
    cursor = data.nextCursor;
  }
  return { best, complete: false };
}

/** The tenant's next regulatory deadline across its incidents, on the landing screen. */
export function NextDeadlineCard() {
  const { t } = useTranslation();
  const { slug, ability } = useTenant();
  const now = useNow();
  const canRead = ability.can('read', 'Incident');
  const query = useQuery({
    // Under listIncidents' key, so any incident write that makes the list stale refreshes the card too.
    queryKey: ['listIncidents', { tenant: slug }, 'next-deadline'],
    queryFn: ({ signal }) => findNextDeadline(slug, signal),
    enabled: canRead,
    refetchInterval: 60_000,
  });
  if (!canRead || !query.data) return null;
  const { best, complete } = query.data;
  return (
    <section className="card card-padded next-deadline" data-testid="next-deadline">
      <h2 className="section-title">{t('incidents.home.title')}</h2>
      {best ? (
        <p>
          <AppLink to={buildIncidentPath(slug, best.incident.id)} data-testid="next-deadline-link">
            {best.incident.title}
          </AppLink>
          {' · '}
          {t(`incidents.clockKind.${best.clock.kind}`)}
          {' · '}
          {best.clock.dueDate && formatCalendarDate(best.clock.dueDate)} <ClockCountdown clock={best.clock} now={now} />
        </p>
      ) : (
        <p className="muted" data-testid="next-deadline-none">
          {t('incidents.home.none')}
        </p>
      )}
      {!complete && <p className="muted small">{t('incidents.home.partial', { count: PAGE * MAX_PAGES })}</p>}
    </section>
  );
}

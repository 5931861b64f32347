import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../api/api-client.js';
import { buildQueryKey } from '../api/api-query.js';
import { AppLink } from '../routing/app-link.js';
import { buildCreateIncidentPath, buildIncidentBoardPath, navigate, useSearch } from '../routing/router.js';
import { QueryStatus } from '../shell/query-status.js';
import { useTenant } from '../shell/tenant-context.js';
import { readBoardFilters, writeBoardFilters, type BoardFilters } from './board-filters.js';
import { IncidentBoardRow } from './incident-board-row.js';
import { IncidentFilterBar } from './incident-filter-bar.js';
import { useNow } from './use-now.js';
import { useSystemOptions } from './use-system-names.js';

const PAGE_SIZE = 50;

export function IncidentBoardPage() {
  const { t } = useTranslation();
  const { slug, ability } = useTenant();
  const filters = readBoardFilters(useSearch());
  const systems = useSystemOptions(slug);
  const now = useNow();
  const input = { params: { tenant: slug }, query: { limit: PAGE_SIZE, ...filters } };
  const list = useInfiniteQuery({
    // Under the operation's key, so a write that makes incidents stale refetches every loaded page.
    queryKey: [...buildQueryKey('listIncidents', input), 'pages'],
    queryFn: ({ pageParam, signal }) =>
      apiClient.call('listIncidents', { ...input, query: { ...input.query, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.data.nextCursor ?? undefined,
  });
  const loaded = list.data !== undefined && list.isFetchedAfterMount;
  const items = loaded ? list.data.pages.flatMap((page) => page.data.items) : [];

  function changeFilters(next: BoardFilters) {
    navigate(buildIncidentBoardPath(slug, writeBoardFilters(next)), { replace: true });
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1 className="page-title">{t('incidents.board.title')}</h1>
          <p className="page-subtitle">{t('incidents.board.subtitle')}</p>
        </div>
        {ability.can('create', 'Incident') && (
          <AppLink to={buildCreateIncidentPath(slug)} className="button button-primary" data-testid="record-incident">
            {t('incidents.board.record')}
          </AppLink>
        )}
      </div>
      <IncidentFilterBar filters={filters} systems={systems.options} onChange={changeFilters} />

      {(!loaded || list.error) && <QueryStatus queries={[list]} />}
      {loaded && items.length === 0 && (
        <div className="empty-state card" data-testid="incident-board-empty">
          <p className="empty-state-title">{t('incidents.board.empty')}</p>
        </div>
      )}
      {items.length > 0 && (
        <div className="card table-card">
          <table className="data-table" data-testid="incident-board" aria-label={t('incidents.board.title')}>
            <thead>
              <tr>
                <th scope="col">{t('incidents.fields.title')}</th>
                <th scope="col">{t('incidents.fields.severity')}</th>
                <th scope="col">{t('incidents.fields.status')}</th>
                <th scope="col">{t('incidents.fields.systems')}</th>
                <th scope="col">{t('incidents.board.clocks')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((incident) => (
                <IncidentBoardRow key={incident.id} incident={incident} tenant={slug} names={systems.names} now={now} />
              ))}
            </tbody>
          </table>
          <div className="table-footer">
            <span className="muted">{t('incidents.board.shown', { count: items.length })}</span>
            {list.hasNextPage && (
              <button
                type="button"
                className="button button-secondary"
                data-testid="incidents-load-more"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? t('inventory.loadingMore') : t('inventory.loadMore')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

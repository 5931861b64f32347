import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../api/api-client.js';
import { buildQueryKey } from '../api/api-query.js';
import { formatDate } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildCreateSystemPath, buildSystemPath, navigate } from '../routing/router.js';
import { NextDeadlineCard } from '../incidents/next-deadline-card.js';
import { QueryStatus } from '../shell/query-status.js';
import { useTenant } from '../shell/tenant-context.js';
import { ReferenceLabel } from './reference-label.js';
import { LifecycleBadge, RiskTierBadge } from './system-badges.js';

const PAGE_SIZE = 50;

export function InventoryPage() {
  const { t } = useTranslation();
  const { slug, ability, user } = useTenant();
  const input = { params: { tenant: slug }, query: { limit: PAGE_SIZE } };
  const list = useInfiniteQuery({
    // Pages of one list share the operation's key, so a write that makes the list stale refetches them all.
    queryKey: [...buildQueryKey('listAiSystems', input), 'pages'],
    queryFn: ({ pageParam, signal }) =>
      apiClient.call('listAiSystems', { ...input, query: { ...input.query, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.data.nextCursor ?? undefined,
  });
  // As every screen does (useFreshQuery), a list cached before this screen opened waits for its refetch.
  const loaded = list.data !== undefined && list.isFetchedAfterMount;
  const items = loaded ? list.data.pages.flatMap((page) => page.data.items) : [];

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1 className="page-title">{t('inventory.title')}</h1>
          <p className="page-subtitle">{t('inventory.subtitle')}</p>
        </div>
        {ability.can('create', 'AiSystem') && (
          <AppLink to={buildCreateSystemPath(slug)} className="button button-primary" data-testid="register-system">
            <svg className="button-icon" viewBox="0 0 20 20" aria-hidden="true">
              <path d="M10 4v12M4 10h12" />
            </svg>
            {t('inventory.register')}
          </AppLink>
        )}
      </div>

      <NextDeadlineCard />

      {/* The first page is missing, or a refresh or "load more" failed: spinner, or the failure with a retry. */}
      {(!loaded || list.error) && <QueryStatus queries={[list]} />}

      {loaded && items.length === 0 && (
        <div className="empty-state card">
          <p className="empty-state-title">{t('inventory.empty')}</p>
          {ability.can('create', 'AiSystem') && <p className="muted">{t('inventory.emptyHint')}</p>}
        </div>
      )}

      {items.length > 0 && (
        <div className="card table-card">
          <table className="data-table" data-testid="inventory-table" aria-label={t('inventory.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('inventory.columns.name')}</th>
                <th scope="col">{t('inventory.columns.lifecycle')}</th>
                <th scope="col">{t('inventory.columns.riskTier')}</th>
                <th scope="col">{t('inventory.columns.businessUnit')}</th>
                <th scope="col">{t('inventory.columns.owner')}</th>
                <th scope="col" className="numeric">
                  {t('inventory.columns.updated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((system) => (
                <tr
                  key={system.id}
                  data-testid="inventory-row"
                  className="clickable-row"
                  // The whole row is a target for mouse users; the name link stays the keyboard/a11y path.
                  onClick={(event) => {
                    if ((event.target as HTMLElement).closest('a')) return;
                    navigate(buildSystemPath(slug, system.id));
                  }}
                >
                  <td className="cell-name">
                    <AppLink to={buildSystemPath(slug, system.id)} data-testid="inventory-row-link">
                      {system.name}
                    </AppLink>
                    {system.vendor && <span className="cell-sub">{system.vendor}</span>}
                  </td>
                  <td>
                    <LifecycleBadge state={system.lifecycleState} />
                  </td>
                  <td>
                    <RiskTierBadge tier={system.riskTier} />
                  </td>
                  <td>
                    <ReferenceLabel id={system.businessUnitId} />
                  </td>
                  <td>
                    <ReferenceLabel id={system.ownerId} selfId={user.id} />
                  </td>
                  <td className="numeric muted">{formatDate(system.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="table-footer">
            <span className="muted">
              {list.hasNextPage
                ? t('inventory.shown', { count: items.length })
                : t('inventory.allShown', { count: items.length })}
            </span>
            {list.hasNextPage && (
              <button
                type="button"
                className="button button-secondary"
                data-testid="load-more"
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

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildCreateSystemPath, buildSystemPath, navigate } from '../routing/router.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { LoadingView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import type { AiSystem } from './ai-system.js';
import { listAiSystems } from './ai-systems-api.js';
import { ReferenceLabel } from './reference-label.js';
import { LifecycleBadge, RiskTierBadge } from './system-badges.js';

interface InventoryState {
  items: AiSystem[];
  nextCursor: string | null;
  loaded: boolean;
}

export function InventoryPage() {
  const { t } = useTranslation();
  const { slug, ability, user } = useTenant();
  const [state, setState] = useState<InventoryState>({ items: [], nextCursor: null, loaded: false });
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const loadFirstPage = useCallback(
    (signal?: AbortSignal) => {
      setError(null);
      listAiSystems(slug, null, signal).then(
        (page) => setState({ items: page.items, nextCursor: page.nextCursor, loaded: true }),
        (caught: unknown) => {
          if (!signal?.aborted) setError(caught);
        },
      );
    },
    [slug],
  );

  useEffect(() => {
    const controller = new AbortController();
    setState({ items: [], nextCursor: null, loaded: false });
    loadFirstPage(controller.signal);
    return () => controller.abort();
  }, [loadFirstPage]);

  async function loadMore() {
    if (!state.nextCursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await listAiSystems(slug, state.nextCursor);
      setState((previous) => ({
        items: [...previous.items, ...page.items],
        nextCursor: page.nextCursor,
        loaded: true,
      }));
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

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

      {Boolean(error) && (
        <ProblemBanner
          error={error}
          action={
            <button type="button" className="button button-small" onClick={() => loadFirstPage()}>
              {t('common.retry')}
            </button>
          }
        />
      )}

      {!state.loaded && !error && <LoadingView />}

      {state.loaded && state.items.length === 0 && (
        <div className="empty-state card">
          <p className="empty-state-title">{t('inventory.empty')}</p>
          {ability.can('create', 'AiSystem') && <p className="muted">{t('inventory.emptyHint')}</p>}
        </div>
      )}

      {state.items.length > 0 && (
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
              {state.items.map((system) => (
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
              {state.nextCursor
                ? t('inventory.shown', { count: state.items.length })
                : t('inventory.allShown', { count: state.items.length })}
            </span>
            {state.nextCursor && (
              <button
                type="button"
                className="button button-secondary"
                data-testid="load-more"
                onClick={() => void loadMore()}
                disabled={loadingMore}
              >
                {loadingMore ? t('inventory.loadingMore') : t('inventory.loadMore')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

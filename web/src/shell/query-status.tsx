import { KizunaApiError } from '@kizuna/client/session';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemBanner } from './problem-banner.js';
import { LoadingView } from './status-views.js';

interface QueryLike {
  error: unknown;
  refetch: () => unknown;
}

interface QueryStatusProps {
  /** What the screen waits for. */
  queries: readonly QueryLike[];
  /** What a refusal with one of `notFoundStatuses` (default 404) means here; otherwise it is shown as a failure. */
  notFound?: ReactNode;
  notFoundStatuses?: readonly number[];
  /** Replaces the spinner, e.g. with a card-sized placeholder. */
  pending?: ReactNode;
  /** Frames a failure (not the spinner), e.g. in the page with its breadcrumb. */
  frame?: (failure: ReactNode) => ReactNode;
}

/**
 * The one loading and error pattern: render it while a screen's data is missing (or a refresh failed). It shows the
 * first failure with a retry of everything that failed, the screen's own "not found" for a 404, else a spinner.
 */
export function QueryStatus({ queries, notFound, notFoundStatuses = [404], pending, frame }: QueryStatusProps) {
  const { t } = useTranslation();
  const failed = queries.filter((query) => query.error);
  const error = failed[0]?.error;
  if (!error) return <>{pending ?? <LoadingView />}</>;
  const absent = notFound !== undefined && error instanceof KizunaApiError && notFoundStatuses.includes(error.status);
  const failure = absent ? (
    notFound
  ) : (
    <ProblemBanner
      error={error}
      action={
        <button
          type="button"
          className="button button-small"
          onClick={() => failed.forEach((query) => void query.refetch())}
        >
          {t('common.retry')}
        </button>
      }
    />
  );
  return <>{frame ? frame(failure) : failure}</>;
}

/** The frame of a screen that has nothing else to show beside its failure. */
export function frameAsPage(failure: ReactNode): ReactNode {
  return <div className="page">{failure}</div>;
}

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KizunaApiError, NETWORK_ERROR } from '@kizuna/client/session';

interface ProblemBannerProps {
  error: unknown;
  /** Overrides the server's wording, e.g. for a 412 whose remedy the page knows better. */
  message?: string;
  action?: ReactNode;
  testId?: string;
  /** Scroll the banner into view, for errors that answer a button far down a long form. */
  reveal?: boolean;
}

/** Shows a failed request: the problem's `detail` when the server gave one, else a translated fallback. */
export function ProblemBanner({ error, message, action, testId, reveal }: ProblemBannerProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const text = message ?? resolveProblemText(error, t);
  useEffect(() => {
    if (reveal) revealElement(ref.current);
  }, [reveal, error]);
  return (
    <div className="banner banner-error" role="alert" data-testid={testId} ref={ref}>
      <svg className="banner-icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.9 4h1.8v5.2H9.1V6Zm0 6.8h1.8v1.8H9.1v-1.8Z" />
      </svg>
      <span className="banner-text">{text}</span>
      {action}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

export function resolveProblemText(error: unknown, t: Translate): string {
  if (!(error instanceof KizunaApiError)) return t('errors.generic');
  if (error.problem.code === NETWORK_ERROR) return t('errors.network');
  if (error.problem.detail) return error.problem.detail;
  if (error.status === 403) return t('errors.forbidden');
  return t('errors.generic');
}

export function revealElement(element: HTMLElement | null): void {
  element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

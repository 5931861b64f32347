import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for the app. Failures show at once with a retry button rather than after silent retries; data is
 * refetched when a screen mounts or a write makes it stale, not on window focus, so a form being filled in is
 * never re-rendered from under the person; the browser's own offline state does not pause requests.
 */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

import type { CallResult } from '@kizuna/client/session';
import type { TSessionInfo } from '@kizuna/contracts';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiQueryOrNull, buildQueryKey } from '../api/api-query.js';

export type SessionInfo = TSessionInfo;
export type SessionUser = SessionInfo['user'];
export type TenantMembership = SessionInfo['tenants'][number];

const SESSION_KEY = buildQueryKey('getSession');

/** Who is signed in: undefined while asking, null when nobody is (the API answers 401). */
export function useSessionQuery() {
  // Only login, logout and an expired session change it, and each of those writes it here.
  return useQuery({ ...apiQueryOrNull('getSession', {}, 401), staleTime: Infinity, select: readSession });
}

function readSession(result: CallResult<'getSession'> | null): SessionInfo | null {
  return result?.data ?? null;
}

export function hasCachedSession(queryClient: QueryClient): boolean {
  return Boolean(queryClient.getQueryData(SESSION_KEY));
}

/** Nothing read under one session may show under the next, so every other cached read goes with it. */
export function replaceCachedSession(queryClient: QueryClient, next: SessionInfo | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  const result: CallResult<'getSession'> | null = next && { data: next, etag: null, status: 200 };
  queryClient.setQueryData(SESSION_KEY, result);
}

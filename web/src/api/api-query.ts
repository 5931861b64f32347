import { KizunaApiError, type CallInput, type CallResult } from '@kizuna/client/session';
import type { OPERATIONS, OperationId } from '@kizuna/contracts';
import {
  queryOptions,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { apiClient } from './api-client.js';

type Ops = typeof OPERATIONS;
export type ReadOperationId = { [Id in OperationId]: Ops[Id]['method'] extends 'get' ? Id : never }[OperationId];

/** Cache keys are the operation and its input: `[id, params, query]`, so `[id, { tenant }]` matches a tenant's. */
export function buildQueryKey<Id extends ReadOperationId>(id: Id, input: CallInput<Id> = {}) {
  return [id, input.params ?? {}, input.query ?? {}] as const;
}

/** A read, cached under its key; the whole result is kept, so the ETag is there for a later If-Match. */
export function apiQuery<Id extends ReadOperationId>(id: Id, input: CallInput<Id> = {}) {
  return queryOptions({
    queryKey: buildQueryKey(id, input),
    queryFn: ({ signal }) => apiClient.call(id, { ...input, signal }),
  });
}

/** A read whose refusal with `status` means "there is none" (no session yet, roles not determined): null. */
export function apiQueryOrNull<Id extends ReadOperationId>(id: Id, input: CallInput<Id>, status: number) {
  return queryOptions({
    queryKey: buildQueryKey(id, input),
    queryFn: async ({ signal }): Promise<CallResult<Id> | null> => {
      try {
        return await apiClient.call(id, { ...input, signal });
      } catch (error) {
        if (error instanceof KizunaApiError && error.status === status) return null;
        throw error;
      }
    },
  });
}

export interface ApiQueryOptions {
  enabled?: boolean;
  refetchInterval?: number;
}

/**
 * useQuery for what a screen shows. Data cached before the screen opened (kept for another screen, or from before a
 * write) is held back until the refetch that opening starts has answered, so a screen always opens on the server's
 * current state, as when every screen fetched for itself; data refreshed while it is open updates in place.
 */
export function useFreshQuery<TQueryFnData, TData, TQueryKey extends QueryKey>(
  options: UseQueryOptions<TQueryFnData, Error, TData, TQueryKey>,
): UseQueryResult<TData> {
  const result = useQuery(options);
  return result.isFetchedAfterMount ? result : ({ ...result, data: undefined } as UseQueryResult<TData>);
}

/** The data of a read, for screens that need neither the ETag nor the status. */
export function useApiQuery<Id extends ReadOperationId>(id: Id, input: CallInput<Id>, options: ApiQueryOptions = {}) {
  return useFreshQuery({ ...apiQuery(id, input), select: selectData<Id>, ...options });
}

function selectData<Id extends ReadOperationId>(result: CallResult<Id>): CallResult<Id>['data'] {
  return result.data;
}

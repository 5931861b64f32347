import type { CallInput, CallResult } from '@kizuna/client/session';
import type { OperationId } from '@kizuna/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from './api-client.js';
import { buildQueryKey, type ReadOperationId } from './api-query.js';

export type WriteOperationId = Exclude<OperationId, ReadOperationId>;

// A lifecycle step moves the record (state, tier, version), its governance panel, the lists that show it, the
// executive inbox and the notifications the workflow sends; an edit or new roles can move the same.
const LIFECYCLE_READS = [
  'getAiSystem',
  'listAiSystems',
  'getLifecycle',
  'getRoleDetermination',
  'listAssessments',
  'getAssessment',
  'listSystemSignOffs',
  'listRiskLog',
  'listSignOffs',
  'listNotifications',
] as const satisfies readonly ReadOperationId[];

/** The cached reads a successful write makes stale; those on screen refetch before the write counts as done. */
const STALE_AFTER: Partial<Record<WriteOperationId, readonly ReadOperationId[]>> = {
  createAiSystem: ['listAiSystems'],
  updateAiSystem: LIFECYCLE_READS,
  determineRoles: LIFECYCLE_READS,
  startAssessment: LIFECYCLE_READS,
  saveAnswers: ['listAssessments'],
  submitAssessment: LIFECYCLE_READS,
  addEvidence: ['listEvidence'],
  decideSignOff: LIFECYCLE_READS,
  openReview: LIFECYCLE_READS,
  fulfilCondition: LIFECYCLE_READS,
  retireSystem: LIFECYCLE_READS,
  reinstateSystem: LIFECYCLE_READS,
  markNotificationRead: ['listNotifications'],
  createIncident: ['listIncidents'],
  updateIncident: ['getIncident', 'listIncidents'],
  createIncidentFiling: ['getIncident', 'listIncidents', 'listIncidentFilings'],
};

/** Writes that answer with the resource a read returns (same params): the cache takes the answer as it is. */
const ANSWERED_READ: Partial<Record<WriteOperationId, ReadOperationId>> = {
  updateAiSystem: 'getAiSystem',
  saveAnswers: 'getAssessment',
  determineRoles: 'getRoleDetermination',
  updateIncident: 'getIncident',
};

export interface ApiMutationOptions<Id extends WriteOperationId> {
  /** Runs as soon as the server agrees, before stale reads refetch (e.g. to navigate away first). */
  onSuccess?: (result: CallResult<Id>, input: CallInput<Id>) => void;
  /** Refresh after a failure too: a lost answer may hide a step the server did take. */
  refreshOnError?: boolean;
}

/** A write through the typed client; its promise settles once the screens it affects show the new state. */
export function useApiMutation<Id extends WriteOperationId>(id: Id, options: ApiMutationOptions<Id> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<Id>) => apiClient.call(id, input),
    onSuccess: async (result, input) => {
      options.onSuccess?.(result, input);
      await refreshAfterWrite(queryClient, id, input, result);
    },
    onError: (_error, input) => {
      if (options.refreshOnError) void refreshAfterWrite(queryClient, id, input, null);
    },
  });
}

async function refreshAfterWrite<Id extends WriteOperationId>(
  queryClient: QueryClient,
  id: Id,
  input: CallInput<Id>,
  result: CallResult<Id> | null,
): Promise<void> {
  const answered = result?.data !== undefined ? ANSWERED_READ[id] : undefined;
  if (answered) {
    queryClient.setQueryData(buildQueryKey(answered, { params: input.params } as CallInput<typeof answered>), result);
  }
  const tenant = (input.params as { tenant?: string } | undefined)?.tenant;
  const stale = (STALE_AFTER[id] ?? []).filter((read) => read !== answered);
  await Promise.all(
    stale.map((read) => queryClient.invalidateQueries({ queryKey: tenant ? [read, { tenant }] : [read] })),
  );
}

import type { TUpdateIncident } from '@kizuna/contracts';
import { KizunaApiError } from '@kizuna/client/session';
import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../api/api-mutation.js';
import { buildQueryKey } from '../api/api-query.js';

/**
 * Every change on the incident page goes through one PATCH with the ETag the page was read at: a 412 means
 * someone else changed the incident meanwhile, and the page offers a reload instead of overwriting their change.
 */
export function useIncidentUpdate(tenant: string, id: string, etag: string | null) {
  const queryClient = useQueryClient();
  const params = { tenant, id };
  const mutation = useApiMutation('updateIncident');
  const conflict = mutation.error instanceof KizunaApiError && mutation.error.status === 412;

  async function patch(body: TUpdateIncident): Promise<boolean> {
    try {
      await mutation.mutateAsync({ params, body, ...(etag ? { ifMatch: etag } : {}) });
      return true;
    } catch {
      return false;
    }
  }

  function reload() {
    mutation.reset();
    void queryClient.resetQueries({ queryKey: buildQueryKey('getIncident', { params }) });
  }

  return { patch, reload, conflict, error: mutation.error, pending: mutation.isPending, reset: mutation.reset };
}

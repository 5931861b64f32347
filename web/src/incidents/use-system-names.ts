import { useMemo } from 'react';
import { useApiQuery } from '../api/api-query.js';

// The largest page the list takes; a tenant with more systems shows the rest by a short ID.
const SYSTEM_PAGE = 200;

export interface SystemOption {
  id: string;
  name: string;
}

/** The AI systems the caller may read, for names beside incidents and for choosing linked systems. */
export function useSystemOptions(tenant: string) {
  const query = useApiQuery('listAiSystems', { params: { tenant }, query: { limit: SYSTEM_PAGE } });
  const options = useMemo<SystemOption[]>(
    () => (query.data?.items ?? []).map((system) => ({ id: system.id, name: system.name })),
    [query.data],
  );
  const names = useMemo(() => new Map(options.map((option) => [option.id, option.name])), [options]);
  return { options, names, query };
}

export function nameSystem(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) ?? `${id.slice(0, 8)}…`;
}

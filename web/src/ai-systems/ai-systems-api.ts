import { requestJson } from '../api/http-client.js';
import type { AiSystem, AiSystemInput, AiSystemPage } from './ai-system.js';

const PAGE_SIZE = 50;

function buildCollectionPath(tenant: string): string {
  return `/api/v1/tenants/${encodeURIComponent(tenant)}/ai-systems`;
}

export interface VersionedAiSystem {
  system: AiSystem;
  /** Sent back as If-Match so a concurrent edit is refused (412) instead of silently overwritten. */
  etag: string | null;
}

export async function listAiSystems(
  tenant: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AiSystemPage> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  const { data } = await requestJson<AiSystemPage>(`${buildCollectionPath(tenant)}?${query}`, { signal });
  return data;
}

export async function fetchAiSystem(tenant: string, id: string, signal?: AbortSignal): Promise<VersionedAiSystem> {
  const { data, headers } = await requestJson<AiSystem>(`${buildCollectionPath(tenant)}/${encodeURIComponent(id)}`, {
    signal,
  });
  return { system: data, etag: headers.get('ETag') };
}

export async function updateAiSystem(
  tenant: string,
  id: string,
  etag: string | null,
  changes: Partial<AiSystemInput>,
): Promise<VersionedAiSystem> {
  const path = `${buildCollectionPath(tenant)}/${encodeURIComponent(id)}`;
  const { data, headers } = await requestJson<AiSystem | undefined>(path, {
    method: 'PATCH',
    body: changes,
    headers: etag ? { 'If-Match': etag } : {},
  });
  // Tolerate a bodiless 204: read the row back so the page shows the server's truth and new ETag.
  if (!data) return fetchAiSystem(tenant, id);
  return { system: data, etag: headers.get('ETag') };
}

export async function createAiSystem(tenant: string, input: AiSystemInput, idempotencyKey: string): Promise<AiSystem> {
  const { data } = await requestJson<AiSystem>(buildCollectionPath(tenant), {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return data;
}

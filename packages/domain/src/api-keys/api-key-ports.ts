import type { TApiKey } from '@kizuna/contracts';
import type { Page, PageRequest } from '../page.js';

// creatorDisabled: whether the person who made the key is disabled (read with the key, in one query).
export type ApiKeyRecord = TApiKey & { tenantId: string; secretHash: string; creatorDisabled?: boolean };

export type ApiKeyRepo = {
  insert(key: ApiKeyRecord): Promise<void>;
  findById(id: string): Promise<ApiKeyRecord | null>;
  list(tenantId: string, page: PageRequest): Promise<Page<TApiKey>>;
  revoke(tenantId: string, id: string, at: Date): Promise<boolean>;
  // Records use at most once a minute, so a busy integrator does not write on every request.
  touch(id: string, at: Date): Promise<void>;
};

import type { TAuditEvent } from '@kizuna/contracts';
import type { Page, PageRequest } from '../page.js';
import type { AuditEntry } from './audit-hash.js';

// The tenant's hash-chained audit trail. packages/db implements it (the chain head is computed there).
export type AuditRepo = {
  append(entry: AuditEntry): Promise<{ seq: number; hash: string } | null>;
  list(page: PageRequest): Promise<Page<TAuditEvent>>;
  // Streams the chain in order, in batches, for verification.
  scan(afterSeq: number, limit: number): Promise<TAuditEvent[]>;
  // The stored chain head (seq and hash of the newest event), null before the first event.
  head(): Promise<AuditHead | null>;
};

export type AuditHead = { seq: number; hash: string };

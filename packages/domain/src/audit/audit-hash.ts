import { createHash } from 'node:crypto';
import { toCanonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditActor = { type: 'user' | 'api_key' | 'system'; id: string };

// What a use-case records; the repository adds seq, time and the chain links.
export type AuditEntry = {
  action: string;
  targetType: string;
  targetId: string;
  actor: AuditActor;
  requestId: string | null;
  data: Record<string, unknown>;
  dedupeKey?: string | null;
};

export type ChainedAuditFields = {
  seq: number;
  occurredAt: Date;
  actorType: string;
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  requestId: string | null;
  data: unknown;
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const digestChange = (data: unknown): string => sha256(toCanonicalJson(data));

// hash_n = SHA-256(hash_{n-1} || canonical(event_n)); the change digest binds the payload into the chain.
export const computeAuditHash = (prevHash: string, event: ChainedAuditFields): string =>
  sha256(
    `${prevHash}\n${toCanonicalJson({
      seq: event.seq,
      occurredAt: event.occurredAt.toISOString(),
      actorType: event.actorType,
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      requestId: event.requestId,
      changeDigest: digestChange(event.data),
    })}`,
  );

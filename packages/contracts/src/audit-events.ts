import { z } from 'zod';
import { ZDateTime } from './common.js';

export const ZAuditEvent = z
  .object({
    seq: z.number().int(),
    occurredAt: ZDateTime,
    actorType: z.string(),
    actorId: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    requestId: z.string().nullable(),
    changeDigest: z.string(),
    data: z.unknown(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditVerification = z
  .object({ ok: z.boolean(), checked: z.number().int(), firstBadSeq: z.number().int().nullable() })
  .meta({ id: 'AuditVerification' });
export type TAuditVerification = z.infer<typeof ZAuditVerification>;

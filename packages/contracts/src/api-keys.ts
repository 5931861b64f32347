import { API_KEY_SCOPES } from '@kizuna/authz';
import { z } from 'zod';
import { ZDateTime, zText } from './common.js';

// The scopes are authz's one list: what a key may be given is exactly what the permission rules know.

export const ZCreateApiKey = z
  .object({
    name: zText(120),
    scopes: z.array(z.enum(API_KEY_SCOPES)).min(1).max(API_KEY_SCOPES.length),
    expiresAt: ZDateTime.optional(),
  })
  .strict()
  .meta({ id: 'CreateApiKey' });
export type TCreateApiKey = z.infer<typeof ZCreateApiKey>;

export const ZApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.string()),
    createdBy: z.string(),
    createdAt: ZDateTime,
    expiresAt: ZDateTime.nullable(),
    revokedAt: ZDateTime.nullable(),
    lastUsedAt: ZDateTime.nullable(),
  })
  .meta({ id: 'ApiKey' });
export type TApiKey = z.infer<typeof ZApiKey>;

// The secret is returned once, at creation.
export const ZCreatedApiKey = ZApiKey.extend({ secret: z.string() }).meta({ id: 'CreatedApiKey' });
export type TCreatedApiKey = z.infer<typeof ZCreatedApiKey>;

export const ZApiKeyParams = z.object({ id: z.string().regex(/^[a-z0-9]{16}$/) });

import { z } from 'zod';
import { zText } from './common.js';

export const API_KEY_SCOPE_VALUES = [
  'ai-systems:read',
  'ai-systems:write',
  'assessments:read',
  'assessments:write',
  'incidents:read',
  'incidents:write',
  'audit-events:read',
  'dossiers:read',
] as const;

export const ZCreateApiKey = z
  .object({
    name: zText(120),
    scopes: z.array(z.enum(API_KEY_SCOPE_VALUES)).min(1).max(API_KEY_SCOPE_VALUES.length),
    expiresAt: z.iso.datetime().optional(),
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
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type TApiKey = z.infer<typeof ZApiKey>;

// The secret is returned once, at creation.
export const ZCreatedApiKey = ZApiKey.extend({ secret: z.string() }).meta({ id: 'CreatedApiKey' });
export type TCreatedApiKey = z.infer<typeof ZCreatedApiKey>;

export const ZApiKeyParams = z.object({ id: z.string().regex(/^[a-z0-9]{16}$/) });

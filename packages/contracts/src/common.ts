import { z } from 'zod';

export const ZUuid = z.uuid();
export const ZTenantSlug = z
  .string()
  .min(3)
  .max(40)
  .regex(/^[a-z][a-z0-9-]*[a-z0-9]$/, 'lowercase letters, digits and hyphens, starting with a letter')
  .refine((s) => !s.startsWith('pg') && s !== 'public' && s !== 'control' && !s.includes('--'), 'reserved name');

// Text that Postgres can store: no NUL characters, bounded length.
export const zText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

export const ZTenantParams = z.object({ tenant: ZTenantSlug });
export const ZTenantObjectParams = ZTenantParams.extend({ id: ZUuid });

export const ZCursorQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
});
export type TCursorQuery = z.infer<typeof ZCursorQuery>;

export const zPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

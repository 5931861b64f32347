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

// Every calendar date and instant the API takes or gives lies in years 1900–2999: outside that range a value is
// a typo or a probe, and some (year 0) PostgreSQL refuses, which must never surface as a 500.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
const yearInRange = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};
const RANGE_MESSAGE = `must lie between the years ${MIN_YEAR} and ${MAX_YEAR}`;

export const ZDate = z.iso.date().refine(yearInRange, RANGE_MESSAGE);
export const ZDateTime = z.iso.datetime().refine(yearInRange, RANGE_MESSAGE);

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

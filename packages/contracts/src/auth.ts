import { z } from 'zod';

export const ZLoginRequest = z
  .object({ email: z.string().trim().toLowerCase().max(320).pipe(z.email()), password: z.string().min(1).max(1024) })
  .strict()
  .meta({ id: 'LoginRequest' });
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZSessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(['ja', 'en']),
});

export const ZSessionInfo = z
  .object({
    user: ZSessionUser,
    tenants: z.array(z.object({ slug: z.string(), name: z.string(), roles: z.array(z.string()) })),
  })
  .meta({ id: 'SessionInfo' });
export type TSessionInfo = z.infer<typeof ZSessionInfo>;

export const ZCsrfToken = z.object({ token: z.string() }).meta({ id: 'CsrfToken' });

export const ZMe = z
  .object({
    user: z.object({ id: z.string(), email: z.string().nullable(), displayName: z.string() }),
    tenant: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
    roles: z.array(z.string()),
    scopes: z.array(z.string()).optional(),
    rules: z.array(z.unknown()),
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

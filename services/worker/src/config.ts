import { DEVELOPMENT_WEBHOOK_SECRET_KEY } from '@kizuna/domain';
import { z } from 'zod';

const optionalSecret = (min: number) => z.preprocess((v) => (v === '' ? undefined : v), z.string().min(min).optional());

const ZConfig = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url(),
    APP_DATABASE_URL: z.url(),
    APP_DB_ROLE: z.string().default('kizuna_app'),
    TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(500),
    // Opens the webhook secrets the API sealed: the same value as the API's.
    WEBHOOK_SECRET_KEY: optionalSecret(32),
    // Lets production deliver webhooks to private, loopback and link-local addresses (an internal receiver).
    WEBHOOKS_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV !== 'production') return;
    if (!c.WEBHOOK_SECRET_KEY || c.WEBHOOK_SECRET_KEY === DEVELOPMENT_WEBHOOK_SECRET_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET_KEY'],
        message: 'a random WEBHOOK_SECRET_KEY (32+ characters, not the development default) is required in production',
      });
  });
export type WorkerConfig = z.infer<typeof ZConfig> & { WEBHOOK_SECRET_KEY: string };

export const loadWorkerConfig = (env: Record<string, string | undefined> = process.env): WorkerConfig => {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid worker configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return { ...parsed.data, WEBHOOK_SECRET_KEY: parsed.data.WEBHOOK_SECRET_KEY ?? DEVELOPMENT_WEBHOOK_SECRET_KEY };
};

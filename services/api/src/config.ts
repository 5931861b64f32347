import { z } from 'zod';

const ZConfig = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    APP_DATABASE_URL: z.url(),
    TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    SESSION_SECRET: z.string().min(32).optional(),
    TRUST_PROXY: z.string().default('loopback'),
    WEB_DIST_DIR: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    BODY_LIMIT: z.string().default('100kb'),
    // Length of a lifecycle "day" in ms; shortened only for demos and tests of timers.
    LIFECYCLE_DAY_MS: z.coerce.number().int().min(100).optional(),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.SESSION_SECRET, {
    message: 'SESSION_SECRET (32+ characters) is required in production',
    path: ['SESSION_SECRET'],
  });

export type ApiConfig = z.infer<typeof ZConfig> & { SESSION_SECRET: string };

// Read once at start-up; a bad setting stops the process with every problem listed.
export const loadApiConfig = (env: Record<string, string | undefined> = process.env): ApiConfig => {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid API configuration:\n${lines}`);
  }
  return { ...parsed.data, SESSION_SECRET: parsed.data.SESSION_SECRET ?? 'kizuna-local-development-session-secret' };
};

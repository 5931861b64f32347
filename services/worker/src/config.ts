import { z } from 'zod';

const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url(),
  APP_DATABASE_URL: z.url(),
  APP_DB_ROLE: z.string().default('kizuna_app'),
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(500),
});
export type WorkerConfig = z.infer<typeof ZConfig>;

export const loadWorkerConfig = (env: Record<string, string | undefined> = process.env): WorkerConfig => {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid worker configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return parsed.data;
};

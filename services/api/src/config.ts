import { isIP } from 'node:net';
import { DEVELOPMENT_WEBHOOK_SECRET_KEY } from '@kizuna/domain';
import { z } from 'zod';

export const DEVELOPMENT_SESSION_SECRET = 'kizuna-local-development-session-secret';
// `npm start`'s demo password (infra/src/demo-users.ts); a secret that contains it is no secret.
const DEMO_PASSWORD = 'kizuna-demo';

// Values that are public knowledge: the development default above, the demo password, and the `change-me…`
// placeholders of infra/production/example.env.
const isKnownNonSecret = (value: string): boolean =>
  value === DEVELOPMENT_SESSION_SECRET ||
  value === DEVELOPMENT_WEBHOOK_SECRET_KEY ||
  value.toLowerCase().startsWith('change-me') ||
  value.includes(DEMO_PASSWORD);

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isProxyAddress = (entry: string): boolean => {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  // A prefix length or, for IPv4, a dotted netmask.
  return /^\d{1,3}$/.test(bits) ? Number(bits) <= (family === 4 ? 32 : 128) : family === 4 && isIP(bits) === 4;
};

// Express's `trust proxy`: true/false, a hop count, or addresses, subnets and the names loopback, linklocal and
// uniquelocal. Parsed here, so a typo stops the process instead of trusting the wrong hop.
const ZTrustProxy = z
  .string()
  .trim()
  .transform((value, ctx): boolean | number | string[] => {
    if (value === 'true' || value === 'false') return value === 'true';
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const entries = value.split(',').map((e) => e.trim());
    const bad = entries.filter((e) => !isProxyAddress(e));
    if (bad.length) {
      ctx.addIssue({
        code: 'custom',
        message: `not an address, subnet, hop count or one of loopback, linklocal, uniquelocal: ${bad.join(', ')}`,
      });
      return z.NEVER;
    }
    return entries;
  });

// An empty variable (compose's `${X:-}`) means unset.
const optionalSecret = (min: number) => z.preprocess((v) => (v === '' ? undefined : v), z.string().min(min).optional());

const passwordOf = (url: string): string => {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
};

const ZConfig = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    APP_DATABASE_URL: z.url(),
    TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    SESSION_SECRET: optionalSecret(32),
    // Idle timeout (each request renews it) and the absolute lifetime from login, which nothing renews.
    SESSION_IDLE_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .default(8 * 3600),
    SESSION_ABSOLUTE_LIFETIME_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .default(12 * 3600),
    // Which hops may say who the client is (X-Forwarded-For) and whether it came over https (X-Forwarded-Proto).
    TRUST_PROXY: ZTrustProxy.default(['loopback']),
    WEB_DIST_DIR: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Failed logins: one email from one address is locked after LOGIN_MAX_FAILURES in the window; the email from
    // anywhere is then slowed to one attempt per LOGIN_SLOW_SECONDS, so a stranger cannot lock its owner out; one
    // address is locked after LOGIN_ADDRESS_MAX_FAILURES whatever the emails.
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    LOGIN_SLOW_SECONDS: z.coerce.number().int().min(1).default(30),
    LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(100),
    // How long an Idempotency-Key stays claimed by a request that never finished (a crash), before a retry may run.
    IDEMPOTENCY_LEASE_SECONDS: z.coerce.number().int().min(1).default(120),
    // When set, GET /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`.
    METRICS_TOKEN: optionalSecret(16),
    BODY_LIMIT: z.string().default('100kb'),
    // Length of a lifecycle "day" in ms; shortened only for demos and tests of timers.
    LIFECYCLE_DAY_MS: z.coerce.number().int().min(100).optional(),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // Where people reach the web app (links in dossiers: the public feedback page). Unset: this API's own origin
    // on localhost, which is where `npm start` serves the app.
    APP_BASE_URL: z.url().optional(),
    // The public feedback endpoint: reports one address may send to one tenant per window.
    FEEDBACK_MAX_PER_WINDOW: z.coerce.number().int().min(1).default(5),
    FEEDBACK_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
    // Seals the webhook endpoints' signing secrets (AES-256-GCM); the worker must hold the same value.
    WEBHOOK_SECRET_KEY: optionalSecret(32),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV !== 'production') return;
    if (!c.SESSION_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'SESSION_SECRET (32+ characters) is required in production',
      });
    if (!c.WEBHOOK_SECRET_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET_KEY'],
        message: 'WEBHOOK_SECRET_KEY (32+ characters) is required in production',
      });
    const secrets = {
      WEBHOOK_SECRET_KEY: c.WEBHOOK_SECRET_KEY ?? '',
      SESSION_SECRET: c.SESSION_SECRET ?? '',
      METRICS_TOKEN: c.METRICS_TOKEN ?? '',
      APP_DATABASE_URL: passwordOf(c.APP_DATABASE_URL),
    };
    for (const [name, value] of Object.entries(secrets)) {
      if (value && isKnownNonSecret(value))
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'is a published placeholder, the development default or the demo password; set a random secret',
        });
    }
  });

export type ApiConfig = z.infer<typeof ZConfig> & {
  SESSION_SECRET: string;
  APP_BASE_URL: string;
  WEBHOOK_SECRET_KEY: string;
};

// Read once at start-up; a bad setting stops the process with every problem listed (never the values).
export const loadApiConfig = (env: Record<string, string | undefined> = process.env): ApiConfig => {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid API configuration:\n${lines}`);
  }
  return {
    ...parsed.data,
    SESSION_SECRET: parsed.data.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET,
    APP_BASE_URL: (parsed.data.APP_BASE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, ''),
    WEBHOOK_SECRET_KEY: parsed.data.WEBHOOK_SECRET_KEY ?? DEVELOPMENT_WEBHOOK_SECRET_KEY,
  };
};

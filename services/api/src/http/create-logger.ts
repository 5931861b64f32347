import { redactErrorText } from '@kizuna/domain';
import { pino, type DestinationStream, type Logger } from 'pino';

// The API's one logger. Nothing secret reaches a log line: requests are logged by method, path and id only (no
// headers, so no Authorization, Cookie or CSRF token; no query string; no body), and errors lose what can carry
// request data: a failed query's parameters, a database error's detail.

const REDACTED = '[redacted]';

// Defence in depth, for anything that logs an object of its own.
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'csrfToken',
  '*.csrfToken',
  'body',
  '*.body',
];

type SerializedError = { type: string; message: string; stack?: string; code?: unknown; cause?: SerializedError };

const KEPT_FIELDS = ['code', 'constraint', 'table', 'column', 'routine', 'retryAfterSeconds'] as const;

export const serializeError = (err: unknown, depth = 0): SerializedError => {
  if (!(err instanceof Error)) return { type: typeof err, message: REDACTED };
  const out: SerializedError & Record<string, unknown> = {
    type: err.constructor?.name ?? 'Error',
    message: redactErrorText(err.message),
    ...(err.stack && { stack: redactErrorText(err.stack) }),
  };
  for (const field of KEPT_FIELDS) {
    const value = (err as unknown as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  if (err.cause !== undefined && depth < 5) out.cause = serializeError(err.cause, depth + 1);
  return out;
};

type LoggedRequest = { id?: unknown; method?: string; url?: string; remoteAddress?: string };

/** For pino-http: who asked for what, never what they sent. */
export const serializeRequest = (req: LoggedRequest) => ({
  id: req.id,
  method: req.method,
  path: (req.url ?? '').split('?')[0],
  remoteAddress: req.remoteAddress,
});

export const serializeResponse = (res: { statusCode?: number }) => ({ statusCode: res.statusCode });

export const createApiLogger = (
  options: { level: string; service?: string },
  destination?: DestinationStream,
): Logger =>
  pino(
    {
      level: options.level,
      base: { service: options.service ?? 'api' },
      serializers: { err: serializeError, error: serializeError },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    destination,
  );

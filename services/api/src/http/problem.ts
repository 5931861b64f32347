import type { ErrorCode } from '@kizuna/domain';
import { AppError, isAppError } from '@kizuna/domain';
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';

// The one table from error codes to HTTP statuses.
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  FRESH_AUTH_REQUIRED: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  SEGREGATION_OF_DUTIES: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  STALE_SNAPSHOT: 409,
  ALREADY_DECIDED: 409,
  TENANT_NOT_ACTIVE: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  PRECONDITION_REQUIRED: 428,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

const TITLES: Partial<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: 'The request is not valid',
  NOT_FOUND: 'Not found',
  INTERNAL: 'Something went wrong on our side',
};

export const sendProblem = (res: Response, err: AppError, requestId?: string): void => {
  const status = HTTP_STATUS[err.code];
  if (err.retryAfterSeconds) res.setHeader('Retry-After', String(err.retryAfterSeconds));
  res
    .status(status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: `https://kizuna.example/problems/${err.code.toLowerCase().replaceAll('_', '-')}`,
        title: TITLES[err.code] ?? err.code.toLowerCase().replaceAll('_', ' '),
        status,
        detail: err.message,
        code: err.code,
        ...(requestId ? { requestId } : {}),
        ...(err.errors ? { errors: err.errors } : {}),
      }),
    );
};

type HttpParserError = { type?: string; status?: number; statusCode?: number };

// Errors thrown by body-parser and friends carry a status; bad input is never a 500.
const fromHttpError = (err: HttpParserError): AppError | null => {
  switch (err.type) {
    case 'entity.parse.failed':
      return new AppError('MALFORMED_JSON', 'The request body is not valid JSON');
    case 'entity.too.large':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported body encoding');
    default: {
      const status = err.status ?? err.statusCode;
      if (status && status >= 400 && status < 500)
        return new AppError('VALIDATION_FAILED', 'The request could not be read');
      return null;
    }
  }
};

// Postgres errors caused by input that slipped past validation still answer 4xx. SQLSTATE class 22 is "data
// exception" (a value out of range, malformed, too long, an impossible date): always the request's fault.
const fromPgError = (err: { code?: string }): AppError | null => {
  if (typeof err.code === 'string' && /^22[0-9A-Z]{3}$/.test(err.code))
    return new AppError('VALIDATION_FAILED', 'A value is out of range or malformed');
  switch (err.code) {
    case '23502':
    case '23514':
      return new AppError('VALIDATION_FAILED', 'A value is out of range or malformed');
    case '23503':
      return new AppError('VALIDATION_FAILED', 'A referenced object does not exist');
    case '23505':
      return new AppError('CONFLICT', 'That already exists');
    case '57P01':
    case '08006':
    case '08001':
    case 'ECONNREFUSED':
      return new AppError('SERVICE_UNAVAILABLE', 'The database is unavailable; retry shortly', {
        retryAfterSeconds: 2,
      });
    default:
      return null;
  }
};

export const toAppError = (err: unknown): AppError => {
  if (isAppError(err)) return err;
  const cause = (err as { cause?: unknown })?.cause;
  return (
    fromHttpError(err as HttpParserError) ??
    fromPgError(err as { code?: string }) ??
    (cause ? fromPgError(cause as { code?: string }) : null) ??
    new AppError('INTERNAL', 'Unexpected error', { cause: err })
  );
};

export const createErrorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (err, req, res, _next) => {
    const appError = toAppError(err);
    const status = HTTP_STATUS[appError.code];
    const log = (req as { log?: Logger }).log ?? logger;
    if (status >= 500) log.error({ err }, 'request failed');
    else if (status === 403) log.warn({ code: appError.code, path: req.path }, 'access denied');
    if (res.headersSent) return;
    sendProblem(res, appError, String(req.id ?? ''));
  };

// The one error class of the product. Transports map `code` to their own status (services/api has the table).
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FRESH_AUTH_REQUIRED',
  'FORBIDDEN',
  'CSRF_TOKEN_INVALID',
  'SEGREGATION_OF_DUTIES',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'STALE_SNAPSHOT',
  'ALREADY_DECIDED',
  'TENANT_NOT_ACTIVE',
  'IDEMPOTENCY_IN_PROGRESS',
  'IDEMPOTENCY_KEY_REUSED',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = { path: string; message: string };

export type AppErrorOptions = {
  detail?: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

// `instanceof` breaks across realms (Temporal's workflow sandbox), so check the shape too.
export const isAppError = (value: unknown): value is AppError =>
  value instanceof AppError ||
  (typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'AppError' &&
    ERROR_CODES.includes((value as { code?: ErrorCode }).code as ErrorCode));

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);

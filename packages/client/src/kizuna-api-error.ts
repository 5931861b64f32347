import type { TProblem } from '@kizuna/contracts';

/** Thrown for every non-2xx answer, and for a request that never got one (status 0, code NETWORK_ERROR). */
export class KizunaApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: TProblem,
    options?: { cause?: unknown; retryAfter?: string | null },
  ) {
    super(`${problem.code}: ${problem.detail ?? problem.title}`, options);
    this.name = 'KizunaApiError';
    this.retryAfter = options?.retryAfter ?? null;
  }

  /** The Retry-After header of the answer (429, 503), as sent. */
  readonly retryAfter: string | null;

  /** The problem's stable code (`VALIDATION_FAILED`, `CONFLICT` …): what integrators branch on. */
  get code(): string {
    return this.problem.code;
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

export const createNetworkError = (cause: unknown): KizunaApiError =>
  new KizunaApiError(0, { type: 'about:blank', title: 'Network error', status: 0, code: NETWORK_ERROR }, { cause });

/**
 * The problem document of a failed response. The API always sends problem+json, but a proxy or a crashed process
 * in between may not, so every field is read defensively and a missing code becomes HTTP_<status>.
 */
export const readProblem = (status: number, statusText: string, body: unknown): TProblem => {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const errors = Array.isArray(record.errors) ? record.errors.flatMap(readFieldError) : [];
  return {
    type: typeof record.type === 'string' ? record.type : 'about:blank',
    title: typeof record.title === 'string' ? record.title : statusText || `HTTP ${status}`,
    status: typeof record.status === 'number' ? record.status : status,
    code: typeof record.code === 'string' ? record.code : `HTTP_${status}`,
    ...(typeof record.detail === 'string' ? { detail: record.detail } : {}),
    ...(typeof record.instance === 'string' ? { instance: record.instance } : {}),
    ...(typeof record.requestId === 'string' ? { requestId: record.requestId } : {}),
    ...(errors.length > 0 ? { errors } : {}),
  };
};

// Paths arrive as dotted strings from this API; zod-style arrays from elsewhere are joined the same way.
const readFieldError = (entry: unknown): { path: string; message: string }[] => {
  if (typeof entry !== 'object' || entry === null) return [];
  const { path, message } = entry as { path?: unknown; message?: unknown };
  if (typeof message !== 'string') return [];
  const dotted = Array.isArray(path) ? path.map(String).join('.') : typeof path === 'string' ? path : '';
  return [{ path: dotted, message }];
};

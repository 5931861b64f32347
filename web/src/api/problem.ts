// RFC 9457 problem details as the API sends them, plus helpers to read them safely.

export interface FieldProblem {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
}

/** Thrown by the HTTP client for every non-2xx answer (and for network failures, with status 0). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Builds a problem from any response body; servers and proxies do not always send problem+json. */
export function parseProblem(status: number, statusText: string, body: unknown): Problem {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const errors = Array.isArray(record.errors) ? record.errors.flatMap(parseFieldProblem) : undefined;
  return {
    type: typeof record.type === 'string' ? record.type : 'about:blank',
    title: typeof record.title === 'string' ? record.title : statusText || `HTTP ${status}`,
    status: typeof record.status === 'number' ? record.status : status,
    ...(typeof record.detail === 'string' ? { detail: record.detail } : {}),
    ...(typeof record.code === 'string' ? { code: record.code } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

function parseFieldProblem(entry: unknown): FieldProblem[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const { path, message } = entry as { path?: unknown; message?: unknown };
  if (typeof message !== 'string') return [];
  return [{ path: normalizeFieldPath(path), message }];
}

/**
 * Field paths arrive as zod-style arrays (["profile","sector"]), dotted strings or JSON pointers
 * ("/profile/sector"); the forms match on one dotted form.
 */
export function normalizeFieldPath(path: unknown): string {
  const raw = Array.isArray(path) ? path.map(String).join('.') : typeof path === 'string' ? path : '';
  return raw
    .replace(/^#?\/?/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
}

/** The message for one form field: exact path or any nested path below it (e.g. deploymentRegions.2). */
export function findFieldProblem(errors: readonly FieldProblem[] | undefined, field: string): string | undefined {
  return errors?.find((error) => error.path === field || error.path.startsWith(`${field}.`))?.message;
}

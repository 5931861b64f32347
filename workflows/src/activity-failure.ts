import { isAppError, redactErrorText } from '@kizuna/domain';
import { ApplicationFailure } from '@temporalio/activity';

// Business refusals are final (retrying cannot change the answer); anything else — a lost connection, a deadlock —
// is retried. The failure type is the domain's error code, so callers map it back without `instanceof`.
const PERMANENT = new Set([
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'FORBIDDEN',
  'CONFLICT',
  'STALE_SNAPSHOT',
  'SEGREGATION_OF_DUTIES',
]);

export const toActivityFailure = (err: unknown): never => {
  if (isAppError(err) && PERMANENT.has(err.code)) {
    throw ApplicationFailure.create({
      type: err.code,
      message: err.message,
      nonRetryable: true,
      details: err.errors ? [err.errors] : [],
    });
  }
  // Anything else is retried. Its message is recorded in the workflow history and the worker's log, so it goes
  // without the bound values a failed query carries.
  const cause = err instanceof Error ? err : new Error(String(err));
  throw ApplicationFailure.create({
    type: (cause as { code?: string }).code ?? cause.constructor?.name ?? 'Error',
    message: redactErrorText(cause.message),
    nonRetryable: false,
  });
};

export const guarded =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  (...args: A): Promise<R> =>
    fn(...args).catch(toActivityFailure);

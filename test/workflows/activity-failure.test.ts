import { AppError } from '@kizuna/domain';
import { toActivityFailure } from '@kizuna/workflows/activity-failure';
import { ApplicationFailure } from '@temporalio/client';
import { describe, expect, it } from 'vitest';

const failureOf = (err: unknown): ApplicationFailure => {
  try {
    toActivityFailure(err);
  } catch (thrown) {
    return thrown as ApplicationFailure;
  }
  throw new Error('toActivityFailure returned');
};

describe('activity failures', () => {
  it('when a query fails in an activity, then the failure recorded in history keeps the SQL but not the values', () => {
    const file = 'canary-evidence-bytes-7f3a';
    // The message drizzle gives a failed query (DrizzleQueryError): the SQL, then every bound value.
    const err = new Error(`Failed query: insert into "evidence" values ($1, $2)\nparams: e-1,${file}`, {
      cause: Object.assign(new Error('permission denied for table evidence'), { code: '42501' }),
    });
    const failure = failureOf(err);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure.nonRetryable).toBe(false);
    expect(failure.message).toContain('insert into "evidence"');
    expect(failure.message).not.toContain(file);
    expect(failure.stack ?? '').not.toContain(file);
  });

  it('when a business rule refuses, then the failure is final and carries the domain code', () => {
    const failure = failureOf(new AppError('CONFLICT', 'Not the open assessment'));
    expect(failure).toMatchObject({ type: 'CONFLICT', nonRetryable: true, message: 'Not the open assessment' });
  });
});

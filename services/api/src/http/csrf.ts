import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '@kizuna/domain';
import type { Request } from 'express';

export const CSRF_HEADER = 'x-csrf-token';

// Synchronizer token kept in the server-side session; a forged cross-site request cannot read it.
export const issueCsrfToken = (req: Request): string => {
  req.session.csrfToken ??= randomBytes(32).toString('base64url');
  return req.session.csrfToken;
};

export const assertCsrfToken = (req: Request): void => {
  const expected = req.session?.csrfToken;
  const given = req.get(CSRF_HEADER);
  const ok =
    typeof expected === 'string' &&
    typeof given === 'string' &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok)
    throw new AppError('CSRF_TOKEN_INVALID', 'Missing or wrong X-CSRF-Token header; fetch one from /api/v1/auth/csrf');
};

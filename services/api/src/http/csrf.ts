import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '@kizuna/domain';
import type { Request, Response } from 'express';

export const CSRF_HEADER = 'x-csrf-token';
export const LOGIN_CSRF_COOKIE = 'kizuna.csrf';
const LOGIN_CSRF_PATH = '/api/v1/auth';
const NONCE = /^[A-Za-z0-9_-]{43}$/;

export type CsrfGuard = {
  /** The token for X-CSRF-Token: the session's own once logged in, else one bound to a pre-login cookie. */
  issue(req: Request, res: Response): string;
  /** Unsafe requests of a logged-in person: the session's synchronizer token. */
  assertSession(req: Request): void;
  /** The login: the session's token, or the pre-login one (no session exists yet). */
  assertLogin(req: Request): void;
  /** A successful login replaces the pre-login token with the session's. */
  forgetLoginToken(req: Request, res: Response): void;
};

const invalid = () =>
  new AppError('CSRF_TOKEN_INVALID', 'Missing or wrong X-CSRF-Token header; fetch one from /api/v1/auth/csrf');

const sameToken = (given: unknown, expected: string | undefined): boolean =>
  typeof expected === 'string' &&
  typeof given === 'string' &&
  given.length === expected.length &&
  timingSafeEqual(Buffer.from(given), Buffer.from(expected));

const readCookie = (req: Request, name: string): string | undefined => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
};

// Before login there is no session to keep a token in, and creating one per anonymous visitor would let anyone
// fill control.sessions. So the pre-login token is stateless: a random nonce in an HttpOnly cookie and, as the
// token, its HMAC under the session secret. A cross-site page can neither read the cookie nor mint the HMAC.
export const createCsrfGuard = (options: { secret: string; secureCookie: boolean }): CsrfGuard => {
  const sign = (nonce: string) =>
    createHmac('sha256', options.secret).update(`login-csrf:${nonce}`).digest('base64url');
  // With Secure cookies required (production), a login over what is really http is refused up front: express-session
  // would otherwise answer 200 and silently set no session cookie.
  const assertHttps = (req: Request) => {
    if (options.secureCookie && !req.secure)
      throw new AppError('FORBIDDEN', 'Log in over https: reach the API through its TLS proxy (see TRUST_PROXY)');
  };
  const cookieOptions = (req: Request) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: options.secureCookie || req.secure,
    path: LOGIN_CSRF_PATH,
  });
  return {
    issue(req, res) {
      if (req.user) {
        req.session.csrfToken ??= randomBytes(32).toString('base64url');
        return req.session.csrfToken;
      }
      assertHttps(req);
      const existing = readCookie(req, LOGIN_CSRF_COOKIE);
      const nonce = existing && NONCE.test(existing) ? existing : randomBytes(32).toString('base64url');
      res.cookie(LOGIN_CSRF_COOKIE, nonce, { ...cookieOptions(req), maxAge: 3600 * 1000 });
      return sign(nonce);
    },
    assertSession(req) {
      if (!sameToken(req.get(CSRF_HEADER), req.session?.csrfToken)) throw invalid();
    },
    assertLogin(req) {
      assertHttps(req);
      const given = req.get(CSRF_HEADER);
      if (sameToken(given, req.session?.csrfToken)) return;
      const nonce = readCookie(req, LOGIN_CSRF_COOKIE);
      if (!nonce || !NONCE.test(nonce) || !sameToken(given, sign(nonce))) throw invalid();
    },
    forgetLoginToken(req, res) {
      res.clearCookie(LOGIN_CSRF_COOKIE, cookieOptions(req));
    },
  };
};

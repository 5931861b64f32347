import { OPERATIONS } from '@kizuna/contracts';
import { AppError, getMe, getSessionInfo, listMembers } from '@kizuna/domain';
import type { LoginThrottle } from '@kizuna/db';
import type { Request, Response, Router } from 'express';
import type passport from 'passport';
import { issueCsrfToken } from '../http/csrf.js';
import { defineRoute, type RouteDeps } from '../http/define-route.js';
import { SESSION_COOKIE, type SessionUser } from '../http/session-auth.js';

const authenticateLocal = (auth: passport.PassportStatic, req: Request, res: Response) =>
  new Promise<SessionUser>((resolve, reject) => {
    auth.authenticate('local', { session: false }, (err: unknown, user: SessionUser | false) => {
      if (err) reject(err);
      else if (!user) reject(new AppError('UNAUTHENTICATED', 'Email or password is wrong'));
      else resolve(user);
    })(req, res, reject);
  });

const logIn = (req: Request, user: SessionUser) =>
  new Promise<void>((resolve, reject) => req.logIn(user, (err) => (err ? reject(err) : resolve())));

// Who the caller is: logging in and out, the session, the caller inside a tenant, and the tenant's members.
export const registerIdentityRoutes = (
  router: Router,
  routeDeps: RouteDeps,
  auth: passport.PassportStatic,
  throttle: LoginThrottle,
) => {
  const { deps } = routeDeps;

  defineRoute(router, OPERATIONS.getCsrfToken, routeDeps, async ({ req }) => ({
    body: { token: issueCsrfToken(req) },
  }));

  defineRoute(router, OPERATIONS.login, routeDeps, async ({ body, req, res }) => {
    const keys = [`email:${body.email}`, `ip:${req.ip}`];
    const waits = await Promise.all(keys.map((k) => throttle.retryAfter(k)));
    const wait = Math.max(...waits);
    if (wait > 0)
      throw new AppError('RATE_LIMITED', 'Too many failed logins; wait and try again', { retryAfterSeconds: wait });
    req.body = body;
    const user = await authenticateLocal(auth, req, res).catch(async (err) => {
      await Promise.all(keys.map((k) => throttle.recordFailure(k)));
      throw err;
    });
    await throttle.reset(keys[0]!);
    // passport 0.7 regenerates the session here, so a pre-login session id is never reused.
    await logIn(req, user);
    req.session.authenticatedAt = Date.now();
    return { body: await getSessionInfo(deps, user.id) };
  });

  defineRoute(router, OPERATIONS.logout, routeDeps, async ({ req, res }) => {
    await new Promise<void>((resolve, reject) => req.logout((err) => (err ? reject(err) : resolve())));
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie(SESSION_COOKIE);
  });

  defineRoute(router, OPERATIONS.getSession, routeDeps, async ({ caller }) => {
    if (caller.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Not logged in');
    return { body: await getSessionInfo(deps, caller.userId) };
  });

  defineRoute(router, OPERATIONS.getMe, routeDeps, async ({ ctx }) => ({ body: await getMe(deps, ctx) }));

  defineRoute(router, OPERATIONS.listMembers, routeDeps, async ({ ctx }) => ({ body: await listMembers(deps, ctx) }));
};

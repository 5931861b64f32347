import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { OPERATIONS } from '@kizuna/contracts';
import {
  AppError,
  getMe,
  getSessionInfo,
  isAppError,
  listMembers,
  reserveAttempts,
  type AttemptBudget,
} from '@kizuna/domain';
import type { Request, Response, Router } from 'express';
import type passport from 'passport';
import type { ApiConfig } from '../config.js';
import { defineRoute, type RouteDeps } from '../http/define-route.js';
import { SESSION_COOKIE, sessionCookieOptions, type SessionUser } from '../http/session-auth.js';

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

// The throttle's idea of "one address": an IPv4 address, or the /64 an IPv6 host can pick addresses from at will.
const addressOf = (ip: string | undefined): string => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip ?? '')?.[1];
  if (mapped) return mapped;
  if (!ip || isIP(ip) !== 6) return ip ?? 'unknown';
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
};

// The table holds digests, not the emails and addresses people tried.
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

// A wrong password from one address locks that (email, address) pair; the email from everywhere is only slowed,
// so failures by a stranger elsewhere never lock its owner out; one address spraying many emails is locked too.
const loginBudgets = (config: ApiConfig, email: string, address: string) => {
  const limit = { maxAttempts: config.LOGIN_MAX_FAILURES, windowSeconds: config.LOGIN_WINDOW_SECONDS };
  const pair: AttemptBudget = { key: `login:pair:${digest(`${email}\n${address}`)}`, limit };
  const spray: AttemptBudget = {
    key: `login:address:${digest(address)}`,
    limit: { ...limit, maxAttempts: config.LOGIN_ADDRESS_MAX_FAILURES },
  };
  const account: AttemptBudget = {
    key: `login:email:${digest(email)}`,
    limit: { ...limit, slowSeconds: config.LOGIN_SLOW_SECONDS },
  };
  return { pair, spray, account, all: [pair, spray, account] };
};

// Who the caller is: logging in and out, the session, the caller inside a tenant, and the tenant's members.
export const registerIdentityRoutes = (
  router: Router,
  routeDeps: RouteDeps,
  auth: passport.PassportStatic,
  config: ApiConfig,
) => {
  const { deps, csrf } = routeDeps;
  const attempts = deps.control.attempts;

  defineRoute(router, OPERATIONS.getCsrfToken, routeDeps, async ({ req, res }) => ({
    body: { token: csrf.issue(req, res) },
  }));

  defineRoute(router, OPERATIONS.login, routeDeps, async ({ body, req, res }) => {
    const budgets = loginBudgets(config, body.email.trim().toLowerCase(), addressOf(req.ip));
    // Counted before the password is checked, so a parallel burst cannot slip past a limit not yet reached.
    await reserveAttempts(attempts, budgets.all);
    req.body = body;
    const user = await authenticateLocal(auth, req, res).catch(async (err: unknown) => {
      // A wrong password stays counted; a failure of ours (the database) was no guess.
      if (!isAppError(err) || err.code !== 'UNAUTHENTICATED')
        await Promise.all(budgets.all.map((b) => attempts.refund(b.key)));
      throw err;
    });
    await Promise.all([
      attempts.reset(budgets.pair.key),
      attempts.reset(budgets.account.key),
      attempts.refund(budgets.spray.key),
    ]);
    // passport 0.7 regenerates the session here, so a pre-login session id is never reused.
    await logIn(req, user);
    req.session.authenticatedAt = Date.now();
    req.session.loggedInAt = req.session.authenticatedAt;
    csrf.forgetLoginToken(req, res);
    return { body: await getSessionInfo(deps, user.id) };
  });

  defineRoute(router, OPERATIONS.logout, routeDeps, async ({ req, res }) => {
    await new Promise<void>((resolve, reject) => req.logout((err) => (err ? reject(err) : resolve())));
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
  });

  defineRoute(router, OPERATIONS.getSession, routeDeps, async ({ caller }) => {
    if (caller.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Not logged in');
    return { body: await getSessionInfo(deps, caller.userId) };
  });

  defineRoute(router, OPERATIONS.getMe, routeDeps, async ({ ctx }) => ({ body: await getMe(deps, ctx) }));

  defineRoute(router, OPERATIONS.listMembers, routeDeps, async ({ ctx }) => ({ body: await listMembers(deps, ctx) }));
};

import { authenticatePassword, type Deps } from '@kizuna/domain';
import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type pg from 'pg';
import type { ApiConfig } from '../config.js';

export type SessionUser = { id: string };

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    authenticatedAt?: number;
    // The login instant; the absolute lifetime counts from here and no request renews it.
    loggedInAt?: number;
    passport?: { user?: string };
  }
}

export const SESSION_COOKIE = 'kizuna.sid';

// Production sets `Secure` whatever the hop in front says: the proxy speaks plain http to us, and `auto` would
// then send the session id in the clear whenever X-Forwarded-Proto is missing or untrusted.
export const isSecureCookieRequired = (config: ApiConfig): boolean => config.NODE_ENV === 'production';

// The attributes the session cookie is set with; clearing it must repeat them (a browser keeps a Secure cookie
// that a clearing without Secure tries to overwrite).
export const sessionCookieOptions = (config: ApiConfig) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: isSecureCookieRequired(config),
});

// Sessions live in control.sessions so any API replica can serve any request.
export const createSessionMiddleware = (config: ApiConfig, pool: pg.Pool): RequestHandler => {
  const PgStore = connectPgSimple(session);
  return session({
    store: new PgStore({
      pool,
      schemaName: 'control',
      tableName: 'sessions',
      createTableIfMissing: false,
      pruneSessionInterval: 600,
    }),
    name: SESSION_COOKIE,
    secret: config.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    // No `proxy` option: express-session then follows Express's `trust proxy` (TRUST_PROXY) for X-Forwarded-Proto
    // instead of believing the header from any client.
    cookie: {
      ...sessionCookieOptions(config),
      secure: isSecureCookieRequired(config) ? true : 'auto',
      maxAge: config.SESSION_IDLE_SECONDS * 1000,
    },
  });
};

// The idle timeout rolls with every request; this one does not. Past it the session is discarded (row and cookie)
// and the request goes on as anonymous.
export const enforceSessionLifetime =
  (config: ApiConfig): RequestHandler =>
  (req, res, next) => {
    const data = req.session;
    if (!data?.passport?.user) return next();
    // Sessions from before loggedInAt existed count from their login's authenticatedAt; none at all is expired.
    const since = data.loggedInAt ?? data.authenticatedAt;
    if (since !== undefined && Date.now() - since < config.SESSION_ABSOLUTE_LIFETIME_SECONDS * 1000) return next();
    req.session.regenerate((err) => {
      if (err) return next(err);
      res.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
      next();
    });
  };

export const configurePassport = (deps: Deps): passport.PassportStatic => {
  const instance = new passport.Passport() as unknown as passport.PassportStatic;
  instance.use(
    new LocalStrategy({ usernameField: 'email', passwordField: 'password', session: true }, (email, password, done) => {
      authenticatePassword(deps, { email, password })
        .then((user) => done(null, { id: user.id } satisfies SessionUser))
        .catch((err) => done(err));
    }),
  );
  instance.serializeUser((user, done) => done(null, (user as SessionUser).id));
  // Checked on every request, so a disabled user loses access at once.
  instance.deserializeUser((id: string, done) => {
    deps.control.users
      .findById(id)
      .then((user) => done(null, user && !user.disabledAt ? ({ id: user.id } satisfies SessionUser) : false))
      .catch((err) => done(err));
  });
  return instance;
};

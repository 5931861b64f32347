import { authenticateApiKey, authenticatePassword, type Deps } from '@kizuna/domain';
import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import session from 'express-session';
import passport from 'passport';
import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { Strategy as LocalStrategy } from 'passport-local';
import type pg from 'pg';
import type { ApiConfig } from '../config.js';

export type SessionUser = { id: string };

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    authenticatedAt?: number;
  }
}

export const SESSION_COOKIE = 'kizuna.sid';

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
    proxy: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: 8 * 3600 * 1000 },
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
  instance.use(
    new BearerStrategy((token, done) => {
      authenticateApiKey(deps, token)
        .then((key) => done(null, false, { scope: 'all', key } as never))
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

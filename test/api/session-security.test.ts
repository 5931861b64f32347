import { loadApiConfig } from '@kizuna/api/config';
import type { Express } from 'express';
import supertest, { type Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, sleep } from '../support/api-helpers.js';
import { buildApp, productionEnv } from '../support/build-app.js';
import { createTestContext, TEST_PASSWORD, type TestContext, type TestTenant } from '../support/test-context.js';

// Issue 11, findings 7, 13 (CSRF without a session) and 16: how the session cookie is set, when a session
// exists at all, and how long it may live.

let t: TestContext;
let T: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('sessions');
});
afterAll(() => t?.close());

const setCookies = (res: Response) => (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
const cookieNamed = (res: Response, name: string) => setCookies(res).find((c) => c.startsWith(`${name}=`));
const pairOf = (setCookie: string | undefined) => setCookie?.split(';')[0];
const attributes = (setCookie: string) => setCookie.split(';').map((p) => p.trim().toLowerCase());
const countSessions = async () =>
  (await t.ownerPool.query<{ n: number }>('select count(*)::int as n from control.sessions')).rows[0]!.n;

// The browser's login: a CSRF token first (with its cookie), then the credentials.
const logInThrough = async (app: Express, headers: Record<string, string> = {}, email = T.users.auditor.email) => {
  const csrf = await supertest(app).get('/api/v1/auth/csrf').set(headers);
  const login = await supertest(app)
    .post('/api/v1/auth/login')
    .set(headers)
    .set('Cookie', setCookies(csrf).map(pairOf).join('; '))
    .set('X-CSRF-Token', String(csrf.body.token))
    .send({ email, password: TEST_PASSWORD });
  return { csrf, login };
};

describe('finding 7: the session cookie in production', () => {
  it('when production serves a login that the trusted proxy says came over https, then every cookie it sets is Secure', async () => {
    const app = buildApp(t, productionEnv({ TRUST_PROXY: 'loopback' }));
    const { csrf, login } = await logInThrough(app, { 'X-Forwarded-Proto': 'https' });
    expect(csrf.status).toBe(200);
    expect(login.status, login.text).toBe(200);
    const sid = cookieNamed(login, 'kizuna.sid');
    expect(sid).toBeDefined();
    for (const set of [...setCookies(csrf), ...setCookies(login)]) {
      expect(attributes(set)).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax']));
    }
    // The session works when the browser sends it back over https.
    const session = await supertest(app)
      .get('/api/v1/auth/session')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', pairOf(sid)!);
    expect(session.status).toBe(200);
  });

  it('finding 7: when production gets a login over plain http from the proxy, then it is refused and no session cookie is set', async () => {
    const app = buildApp(t, productionEnv({ TRUST_PROXY: 'loopback' }));
    const before = await countSessions();
    for (const headers of [{}, { 'X-Forwarded-Proto': 'http' }] as Record<string, string>[]) {
      const { csrf, login } = await logInThrough(app, headers);
      expectProblem(csrf, 403, 'FORBIDDEN');
      expectProblem(login, 403, 'FORBIDDEN');
      expect(cookieNamed(login, 'kizuna.sid')).toBeUndefined();
      expect(setCookies(login).filter((c) => !attributes(c).includes('secure'))).toEqual([]);
    }
    expect(await countSessions()).toBe(before);
  });

  it('finding 7: when X-Forwarded-Proto comes from a hop TRUST_PROXY does not name, then it is not believed', async () => {
    // Only 10.9.9.9 may speak for the client; these requests come straight from 127.0.0.1.
    const app = buildApp(t, productionEnv({ TRUST_PROXY: '10.9.9.9' }));
    const { login } = await logInThrough(app, { 'X-Forwarded-Proto': 'https' });
    expectProblem(login, 403, 'FORBIDDEN');
    expect(cookieNamed(login, 'kizuna.sid')).toBeUndefined();
  });

  it('when TRUST_PROXY is set, then it is parsed (names, subnets, hop counts, booleans) and a typo stops the start', () => {
    const base = { APP_DATABASE_URL: t.stack.appUrl };
    expect(loadApiConfig(base).TRUST_PROXY).toEqual(['loopback']);
    expect(loadApiConfig({ ...base, TRUST_PROXY: 'uniquelocal, 10.0.0.0/8, fd00::/8' }).TRUST_PROXY).toEqual([
      'uniquelocal',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
    expect(loadApiConfig({ ...base, TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadApiConfig({ ...base, TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(() => loadApiConfig({ ...base, TRUST_PROXY: 'loopbak' })).toThrow(/TRUST_PROXY/);
    expect(() => loadApiConfig({ ...base, TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
  });
});

describe('finding 13: no session before login', () => {
  it('finding 13: when anonymous callers fetch /auth/csrf 20 times, then no session row is created, and the token still works for login', async () => {
    const before = await countSessions();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => supertest(t.app).get('/api/v1/auth/csrf').expect(200)),
    );
    expect(await countSessions()).toBe(before);
    for (const res of responses) expect(cookieNamed(res, 'kizuna.sid')).toBeUndefined();
    const { login } = await logInThrough(t.app);
    expect(login.status, login.text).toBe(200);
    expect(cookieNamed(login, 'kizuna.sid')).toBeDefined();
    expect(await countSessions()).toBe(before + 1);
  });

  it('when a pre-login token is sent with another browser’s cookie, or made up, then login is 403', async () => {
    const one = await supertest(t.app).get('/api/v1/auth/csrf').expect(200);
    const other = await supertest(t.app).get('/api/v1/auth/csrf').expect(200);
    const attempts: [string, string][] = [
      [pairOf(cookieNamed(other, 'kizuna.csrf'))!, one.body.token as string],
      [pairOf(cookieNamed(one, 'kizuna.csrf'))!, 'A'.repeat(43)],
      ['', one.body.token as string],
    ];
    for (const [cookie, token] of attempts) {
      const res = await supertest(t.app)
        .post('/api/v1/auth/login')
        .set('Cookie', cookie)
        .set('X-CSRF-Token', token)
        .send({ email: T.users.auditor.email, password: TEST_PASSWORD });
      expectProblem(res, 403, 'CSRF_TOKEN_INVALID');
    }
  });
});

describe('finding 16: absolute session lifetime', () => {
  it('finding 16: when a session is used without pause past SESSION_ABSOLUTE_LIFETIME_SECONDS, then it ends anyway and its row is gone', async () => {
    const app = buildApp(t, { SESSION_ABSOLUTE_LIFETIME_SECONDS: '2' });
    const { login } = await logInThrough(app);
    expect(login.status).toBe(200);
    const sid = pairOf(cookieNamed(login, 'kizuna.sid'))!;
    const sidValue = decodeURIComponent(sid.split('=')[1]!).replace(/^s:/, '').split('.')[0]!;
    const started = Date.now();
    // Well inside the 8 h idle timeout the whole time: every request renews it.
    while (Date.now() - started < 1500) {
      await supertest(app).get('/api/v1/auth/session').set('Cookie', sid).expect(200);
      await sleep(250);
    }
    await sleep(Math.max(0, 2100 - (Date.now() - started)));
    const late = await supertest(app).get('/api/v1/auth/session').set('Cookie', sid);
    expectProblem(late, 401, 'UNAUTHENTICATED');
    const rows = await t.ownerPool.query('select 1 from control.sessions where sid = $1', [sidValue]);
    expect(rows.rowCount).toBe(0);
  });

  it('finding 16: when nothing is configured, then sessions end 12 hours after login and idle out after 8', () => {
    const config = loadApiConfig({ APP_DATABASE_URL: t.stack.appUrl });
    expect(config.SESSION_ABSOLUTE_LIFETIME_SECONDS).toBe(12 * 3600);
    expect(config.SESSION_IDLE_SECONDS).toBe(8 * 3600);
  });
});

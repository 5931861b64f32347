import { randomInt, randomUUID } from 'node:crypto';
import type { Express } from 'express';
import supertest, { type Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, sleep, userCaller } from '../support/api-helpers.js';
import { buildApp } from '../support/build-app.js';
import { createTestContext, TEST_PASSWORD, type TestContext, type TestTenant } from '../support/test-context.js';

// Issue 11, finding 5: failed passwords are counted atomically before the check, per (email, address) with a
// lock, per email with a slow-down, and the step-up password of sign-off has a throttle of its own.

const LIMIT = 3;
let t: TestContext;
let T: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  T = await t.provision('throttle');
});
afterAll(() => t?.close());

// The app under test, with a spy on the first step of every password check (looking the email up).
const countingApp = (env: Record<string, string>) => {
  let checks = 0;
  const users = t.deps.control.users;
  const deps = {
    ...t.deps,
    control: {
      ...t.deps.control,
      users: {
        ...users,
        findByEmail: (email: string) => {
          checks += 1;
          return users.findByEmail(email);
        },
      },
    },
  };
  const app = buildApp(t, { LOGIN_MAX_FAILURES: String(LIMIT), LOGIN_WINDOW_SECONDS: '60', ...env }, deps);
  return { app, checks: () => checks };
};

let ipCounter = 0;
const ipBlock = randomInt(1, 250);
const uniqueIp = () => {
  ipCounter += 1;
  return `10.${ipBlock}.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
};

// One pre-login CSRF token (and the cookie it is bound to) serves any number of attempts from one "browser".
const csrfOf = async (app: Express) => {
  const res = await supertest(app).get('/api/v1/auth/csrf').expect(200);
  const cookies = (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  return { cookie: cookies.map((c) => c.split(';')[0]).join('; '), token: res.body.token as string };
};

const attempt = (app: Express, csrf: { cookie: string; token: string }, email: string, password: string, ip: string) =>
  supertest(app)
    .post('/api/v1/auth/login')
    .set('Cookie', csrf.cookie)
    .set('X-CSRF-Token', csrf.token)
    .set('X-Forwarded-For', ip)
    .send({ email, password });

const statuses = (responses: Response[]) => responses.map((r) => r.status);

describe('finding 5: login throttle', () => {
  it('finding 5: when 50 wrong logins arrive in parallel, then at most the limit reach the password check', async () => {
    const { app, checks } = countingApp({ LOGIN_SLOW_SECONDS: '600' });
    const csrf = await csrfOf(app);
    const ip = uniqueIp();
    const burst = await Promise.all(
      Array.from({ length: 50 }, () => attempt(app, csrf, T.users.auditor.email, 'wrong', ip)),
    );
    expect(checks()).toBeLessThanOrEqual(LIMIT);
    expect(checks()).toBeGreaterThan(0);
    expect(statuses(burst).filter((s) => s === 401).length).toBe(checks());
    expect(statuses(burst).filter((s) => s === 429).length).toBe(50 - checks());
    for (const res of burst.filter((r) => r.status === 429)) {
      expectProblem(res, 429, 'RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('finding 5: when 50 wrong logins for one email arrive in parallel from 50 addresses, then at most the limit reach the password check', async () => {
    const { app, checks } = countingApp({ LOGIN_SLOW_SECONDS: '600' });
    const csrf = await csrfOf(app);
    const burst = await Promise.all(
      Array.from({ length: 50 }, () => attempt(app, csrf, T.users.system_owner.email, 'wrong', uniqueIp())),
    );
    expect(checks()).toBeLessThanOrEqual(LIMIT);
    expect(statuses(burst).filter((s) => s === 401).length).toBe(checks());
    expect(statuses(burst).every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('finding 5: when a stranger uses up the failures of an account from their address, then that address stays locked for it while the owner, elsewhere, is only slowed and gets in', async () => {
    const { app } = countingApp({ LOGIN_SLOW_SECONDS: '2' });
    const csrf = await csrfOf(app);
    const email = T.users.executive.email;
    const stranger = uniqueIp();
    for (let i = 0; i < LIMIT; i += 1) {
      expectProblem(await attempt(app, csrf, email, `guess ${i}`, stranger), 401, 'UNAUTHENTICATED');
    }
    // The owner, from their own address: at worst asked to wait a slow-down slot (2 s), never the 60 s window.
    const owner = uniqueIp();
    let res = await attempt(app, csrf, email, TEST_PASSWORD, owner);
    for (let tries = 0; res.status === 429 && tries < 3; tries += 1) {
      const wait = Number(res.headers['retry-after']);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(2);
      await sleep(wait * 1000);
      res = await attempt(app, csrf, email, TEST_PASSWORD, owner);
    }
    expect(res.status, res.text).toBe(200);
    // The stranger's (email, address) pair stays locked for the window, right password or not.
    const locked = await attempt(app, csrf, email, TEST_PASSWORD, stranger);
    expectProblem(locked, 429, 'RATE_LIMITED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(2);
  });
});

describe('finding 5: step-up password of sign-off', () => {
  const signOff = (password: string) => ({
    assessmentId: randomUUID(),
    decision: 'approve',
    snapshotHash: 'a'.repeat(64),
    attestation: 'I have read the assessment.',
    password,
  });
  const path = () => `/api/v1/tenants/${T.slug}/ai-systems/${randomUUID()}/signoffs`;

  it('finding 5: when the step-up password of sign-off is wrong 5 times, then the next attempt is 429 without a password check, even with the right password', async () => {
    const exec = await userCaller(t.app, T.users.executive.email, 'executive');
    for (let i = 0; i < 5; i += 1) {
      expectProblem(await exec.call('post', path(), { body: signOff(`wrong ${i}`) }), 401, 'FRESH_AUTH_REQUIRED');
    }
    const blocked = await exec.call('post', path(), { body: signOff(TEST_PASSWORD) });
    expectProblem(blocked, 429, 'RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Only signing by password is held back: without one, the request goes on (to a system that does not exist).
    const { password: _none, ...withoutPassword } = signOff('');
    expect((await exec.call('post', path(), { body: withoutPassword })).status).not.toBe(429);
  });

  it('finding 5: when 20 wrong step-up passwords arrive in parallel, then at most 5 are checked', async () => {
    const exec = await userCaller(t.app, T.users.executive2.email, 'executive2');
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => exec.call('post', path(), { body: signOff(`wrong ${i}`) })),
    );
    const checked = burst.filter((r) => r.status === 401);
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThanOrEqual(5);
    for (const res of checked) expectProblem(res, 401, 'FRESH_AUTH_REQUIRED');
    for (const res of burst.filter((r) => r.status !== 401)) expectProblem(res, 429, 'RATE_LIMITED');
  });

  it('when the right step-up password follows a few wrong ones, then the count starts over', async () => {
    const owner = await userCaller(t.app, T.users.governance_officer.email, 'officer');
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 4; i += 1) {
        expectProblem(await owner.call('post', path(), { body: signOff('wrong') }), 401, 'FRESH_AUTH_REQUIRED');
      }
      // Past the password check: the made-up system answers 404, not 429.
      expect((await owner.call('post', path(), { body: signOff(TEST_PASSWORD) })).status).toBe(404);
    }
  });
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadApiConfig } from '@kizuna/api/config';
import { DEFAULT_DEMO_PASSWORD } from '@kizuna/infra/demo-users';
import { DEVELOPMENT_SESSION_SECRET, readExampleEnvValues } from '@kizuna/infra/production-guard';
import { seedDemoData } from '@kizuna/infra/seed';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/api-helpers.js';
import { buildApp, productionEnv } from '../support/build-app.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

// Issue 11, finding 14: production refuses secrets everybody knows, never holds demo people, and /metrics can be
// closed with a bearer token.

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext({ withWorker: false });
});
afterAll(() => t?.close());

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const placeholders = readExampleEnvValues(path.join(repoRoot, 'infra/production/example.env')).filter((v) =>
  v.startsWith('change-me'),
);

describe('finding 14: production refuses known secrets', () => {
  it('finding 14: when the API starts in production with the development session secret, an example.env placeholder or the demo password, then it refuses without printing the value', () => {
    expect(placeholders.length).toBeGreaterThanOrEqual(4);
    // The fallback the API uses outside production is the one npm start's guard knows.
    expect(loadApiConfig({ APP_DATABASE_URL: t.stack.appUrl }).SESSION_SECRET).toBe(DEVELOPMENT_SESSION_SECRET);
    const known = [
      DEVELOPMENT_SESSION_SECRET,
      ...placeholders.filter((v) => v.length >= 32),
      `${DEFAULT_DEMO_PASSWORD}-and-some-more-characters`,
    ];
    for (const value of known) {
      const load = () => loadApiConfig({ ...productionEnv(), APP_DATABASE_URL: t.stack.appUrl, SESSION_SECRET: value });
      expect(load, value).toThrow(/SESSION_SECRET: is a published placeholder/);
      expect(() => load()).not.toThrow(value);
    }
    for (const value of placeholders) {
      expect(() =>
        loadApiConfig({ ...productionEnv(), APP_DATABASE_URL: `postgres://kizuna_app:${value}@db:5432/kizuna` }),
      ).toThrow(/APP_DATABASE_URL: is a published placeholder/);
    }
    expect(() => loadApiConfig({ NODE_ENV: 'production', APP_DATABASE_URL: t.stack.appUrl })).toThrow(
      /SESSION_SECRET \(32\+ characters\) is required/,
    );
    expect(loadApiConfig({ ...productionEnv(), APP_DATABASE_URL: t.stack.appUrl }).NODE_ENV).toBe('production');
  });

  it('finding 14: when the demo seed is asked to run in production, then it refuses before creating anyone', async () => {
    const calls: string[] = [];
    const watched = new Proxy(t.deps, {
      get: (target, prop, receiver) => {
        calls.push(String(prop));
        return Reflect.get(target, prop, receiver);
      },
    });
    await expect(
      seedDemoData(watched, t.client, DEFAULT_DEMO_PASSWORD, () => undefined, { nodeEnv: 'production' }),
    ).rejects.toThrow(/production/);
    expect(calls).toEqual([]);
  });
});

describe('finding 14: /metrics', () => {
  it('finding 14: when METRICS_TOKEN is set, then /metrics answers only that bearer token', async () => {
    const token = 'metrics-token-for-the-scraper-0123';
    const app = buildApp(t, { METRICS_TOKEN: token });
    expectProblem(await supertest(app).get('/metrics'), 401, 'UNAUTHENTICATED');
    expectProblem(await supertest(app).get('/metrics').set('Authorization', 'Bearer wrong'), 401, 'UNAUTHENTICATED');
    expectProblem(await supertest(app).get('/metrics').set('Authorization', `Basic ${token}`), 401, 'UNAUTHENTICATED');
    const ok = await supertest(app).get('/metrics').set('Authorization', `Bearer ${token}`);
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('http_request_duration_seconds');
    // Without a token it stays open (the production proxy does not route it).
    expect((await supertest(t.app).get('/metrics')).status).toBe(200);
    expect(() => buildApp(t, { METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

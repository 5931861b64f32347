import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from './demo-users.js';
import { DEVELOPMENT_SESSION_SECRET, findUnsafeProductionSettings, readExampleEnvValues } from './production-guard.js';

const exampleEnv = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../production/example.env');
const placeholders = readExampleEnvValues(exampleEnv);
const RANDOM = 'Yq3v0m1xV9Jc7R2pL5tW8sK4nB6hD0fG';

describe('finding 14: production start refuses known secrets', () => {
  it('finding 14: when npm start runs in production on the development session secret, an example.env placeholder or the demo password, then it refuses and names the setting', () => {
    const secrets = placeholders.filter((v) => v.startsWith('change-me'));
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    for (const value of [
      DEVELOPMENT_SESSION_SECRET,
      ...secrets,
      `${DEFAULT_DEMO_PASSWORD}-padded-to-thirty-two-chars`,
    ]) {
      const problems = findUnsafeProductionSettings({ NODE_ENV: 'production', SESSION_SECRET: value }, placeholders);
      expect(problems, value).toEqual([expect.stringMatching(/^SESSION_SECRET is a published placeholder/)]);
      expect(problems.join(' ')).not.toContain(value);
    }
    const db = findUnsafeProductionSettings(
      {
        NODE_ENV: 'production',
        SESSION_SECRET: RANDOM,
        DATABASE_URL: 'postgres://kizuna:change-me-owner@db:5432/kizuna',
        APP_DB_PASSWORD: DEFAULT_DEMO_PASSWORD,
      },
      placeholders,
    );
    expect(db).toEqual([expect.stringMatching(/^APP_DB_PASSWORD /), expect.stringMatching(/^DATABASE_URL /)]);
  });

  it('when production has no SESSION_SECRET or sets DEMO_PASSWORD, then it refuses; random secrets pass; development is not checked', () => {
    expect(findUnsafeProductionSettings({ NODE_ENV: 'production' }, placeholders)).toEqual([
      expect.stringMatching(/^SESSION_SECRET is required/),
    ]);
    expect(
      findUnsafeProductionSettings(
        { NODE_ENV: 'production', SESSION_SECRET: RANDOM, DEMO_PASSWORD: 'x' },
        placeholders,
      ),
    ).toEqual([expect.stringMatching(/^DEMO_PASSWORD /)]);
    expect(findUnsafeProductionSettings({ NODE_ENV: 'production', SESSION_SECRET: RANDOM }, placeholders)).toEqual([]);
    expect(findUnsafeProductionSettings({ SESSION_SECRET: DEVELOPMENT_SESSION_SECRET }, placeholders)).toEqual([]);
  });
});

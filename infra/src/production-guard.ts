// What `npm start` refuses in production, checked before it starts anything: secrets everybody knows.
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_DEMO_PASSWORD } from './demo-users.js';

// The API's fallback outside production (services/api/src/config.ts, which refuses it in production as well).
export const DEVELOPMENT_SESSION_SECRET = 'kizuna-local-development-session-secret';

// The values of infra/production/example.env: placeholders, published with the code. A checkout without the file
// still has the `change-me` rule below.
export const readExampleEnvValues = (file: string): string[] =>
  (existsSync(file) ? readFileSync(file, 'utf8') : '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && line.includes('='))
    .map((line) => line.slice(line.indexOf('=') + 1).trim())
    .filter((value) => value.length > 0);

const passwordOf = (url: string | undefined): string => {
  if (!url) return '';
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
};

const SECRET_SETTINGS = ['SESSION_SECRET', 'METRICS_TOKEN', 'APP_DB_PASSWORD', 'POSTGRES_PASSWORD'] as const;

/** Every reason the environment is unfit for production (names only, never values); empty when it is fit. */
export const findUnsafeProductionSettings = (
  env: Record<string, string | undefined>,
  exampleValues: readonly string[],
): string[] => {
  if (env.NODE_ENV !== 'production') return [];
  const known = new Set([DEVELOPMENT_SESSION_SECRET, DEFAULT_DEMO_PASSWORD, ...exampleValues]);
  const isKnown = (value: string) =>
    known.has(value) || value.toLowerCase().startsWith('change-me') || value.includes(DEFAULT_DEMO_PASSWORD);
  const problems: string[] = [];
  if (!env.SESSION_SECRET) problems.push('SESSION_SECRET is required in production (32+ random characters)');
  // Demo people exist only outside production, so a demo password here is a mistake waiting to be copied.
  if (env.DEMO_PASSWORD) problems.push('DEMO_PASSWORD is for the development demo; unset it in production');
  const secrets: [string, string][] = [
    ...SECRET_SETTINGS.map((name): [string, string] => [name, env[name] ?? '']),
    ['DATABASE_URL', passwordOf(env.DATABASE_URL)],
    ['APP_DATABASE_URL', passwordOf(env.APP_DATABASE_URL)],
  ];
  for (const [name, value] of secrets) {
    if (value && isKnown(value))
      problems.push(`${name} is a published placeholder, the development default or the demo password`);
  }
  return problems;
};

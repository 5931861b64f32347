import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root,
  test: {
    include: [
      'test/**/*.test.ts',
      'packages/*/src/**/*.test.ts',
      'web/src/**/*.test.ts',
      'workflows/src/**/*.test.ts',
      'infra/src/**/*.test.ts',
    ],
    globalSetup: ['test/support/global-setup.ts'],
    // One Postgres and one Temporal server for the whole run; files run one after another on 2 cores.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

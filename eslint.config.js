// One lint config for the whole workspace. Workflow code gets the determinism rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';
import path from 'node:path';

const KEBAB = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

// Kebab-case file names, enforced from day one.
const kebabFiles = {
  meta: { type: 'suggestion', schema: [], messages: { bad: 'File name "{{name}}" is not kebab-case.' } },
  create(context) {
    return {
      Program(node) {
        const base = path.basename(context.filename).replace(/\.(d\.)?(m|c)?[jt]sx?$/, '');
        if (!KEBAB.test(base)) context.report({ node, messageId: 'bad', data: { name: base } });
      },
    };
  },
};

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      '**/*.config.*',
      '.dependency-cruiser.cjs',
      'web/vite.config.ts',
      '**/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { kizuna: { rules: { 'kebab-files': kebabFiles } } },
    rules: {
      'kizuna/kebab-files': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['infra/**', 'test/**', '**/scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Workflow code is replayed: no I/O, no Node built-ins, no clocks, no randomness. The domain's lifecycle state
    // machine runs inside the workflow, so it is held to the same rules.
    files: [
      'workflows/src/workflows/**/*.ts',
      'workflows/src/workflows.ts',
      'packages/domain/src/lifecycle/machine/**/*.ts',
      'packages/domain/src/regulator-requests/reminders/**/*.ts',
      'packages/domain/src/webhooks/machine/**/*.ts',
      'packages/domain/src/incidents/response/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins,
            'pg',
            'drizzle-orm',
            '@kizuna/db',
            // The package root pulls in use-cases with I/O; workflow code takes `@kizuna/domain/lifecycle`.
            '@kizuna/domain',
            'argon2',
            '@temporalio/activity',
            '@temporalio/client',
            '@temporalio/worker',
          ].map((name) => ({ name, message: 'Workflow code must be deterministic: no I/O or Node built-ins.' })),
          patterns: [
            {
              group: ['**/activities/**', '!**/activities/*.types', '../activities*'],
              allowTypeImports: true,
              message: 'Import activities as types only.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Use workflow time from @temporalio/workflow inputs, not the clock.',
        },
        { object: 'Math', property: 'random', message: 'No randomness in workflow code.' },
        { object: 'crypto', property: 'randomUUID', message: 'Use uuid4() from @temporalio/workflow.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock reads in workflow code.',
        },
        { selector: "CallExpression[callee.name='setTimeout']", message: 'Use sleep() from @temporalio/workflow.' },
      ],
      'no-restricted-globals': ['error', 'process', 'fetch', 'require'],
    },
  },
);

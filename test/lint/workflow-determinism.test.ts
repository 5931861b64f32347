import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
const WORKFLOW_FILE = path.join(root, 'workflows/src/workflows/lint-probe.ts');

const rulesHit = async (code: string, filePath = WORKFLOW_FILE) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
};

describe('lint rules for workflow code', () => {
  it.each([
    ["import fs from 'node:fs';\nexport const x = fs;", 'no-restricted-imports'],
    ["import { Pool } from 'pg';\nexport const x = Pool;", 'no-restricted-imports'],
    [
      "import { createActivities } from '../activities.js';\nexport const x = createActivities;",
      'no-restricted-imports',
    ],
    ['export const now = Date.now();', 'no-restricted-properties'],
    ['export const r = Math.random();', 'no-restricted-properties'],
    ['export const d = new Date();', 'no-restricted-syntax'],
    ['export const f = () => fetch("http://x");', 'no-restricted-globals'],
  ])('when workflow code contains %j, then lint fails with %s', async (code, rule) => {
    expect(await rulesHit(code)).toContain(rule);
  });

  it('when workflow code imports activities as types only, then lint passes', async () => {
    const code = "import type { Activities } from '../activities.js';\nexport type A = Activities;\n";
    expect(await rulesHit(code)).toEqual([]);
  });

  it('when the same clock read is in activity code, then it is allowed', async () => {
    expect(await rulesHit('export const now = Date.now();\n', path.join(root, 'workflows/src/activities.ts'))).toEqual(
      [],
    );
  });

  it('when a file name is not kebab-case, then lint fails', async () => {
    expect(await rulesHit('export const x = 1;\n', path.join(root, 'packages/domain/src/BadName.ts'))).toContain(
      'kizuna/kebab-files',
    );
  });
});

// `npm test`: formatting, lint, import rules, types, then the vitest suite; stops at the first failing step.
// Extra arguments go to vitest (e.g. `npm test -- test/api`).
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MissingPrerequisite, ensureTestPrerequisites } from './test-prerequisites.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resultsFile = path.join(repoRoot, '.data', 'test-results.json');
const PNPM = ['--yes', 'pnpm@10.34.8'];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const CODE_FOLDERS = ['packages', 'services', 'workflows', 'web', 'infra', 'test'];

// Set by the prerequisites step (CHROMIUM_PATH, TEMPORAL_CLI_PATH) and passed to every later step.
const prepared: Record<string, string> = {};

const runStep = (label: string, args: string[]): Promise<number> =>
  new Promise((resolve) => {
    console.log(`\n▶ ${label}`);
    const child = spawn(npx, [...PNPM, 'exec', ...args], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, ...prepared, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    });
    child.once('error', (error) => {
      console.error(`${label}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });

const readCounts = async (): Promise<{ passed: number; failed: number } | undefined> => {
  const raw = await readFile(resultsFile, 'utf8').catch(() => undefined);
  if (!raw) return undefined;
  const report = JSON.parse(raw) as { numPassedTests?: number; numFailedTests?: number };
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
};

type AuditReport = { metadata?: { vulnerabilities?: Record<string, number> }; error?: { code?: string } };

// `pnpm audit --prod`: no high or critical advisory in what ships. Offline-tolerant: when the registry cannot be
// reached (or answers without a report), one warning line and the suite goes on; a report with findings fails.
const auditDependencies = (): Promise<number> =>
  new Promise((resolve) => {
    console.log('\n▶ pnpm audit --prod');
    let out = '';
    const child = spawn(npx, [...PNPM, 'audit', '--prod', '--json'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...prepared },
    });
    const skip = (why: string) => {
      console.warn(`warning: pnpm audit skipped, the registry gave no audit report (${why})`);
      resolve(0);
    };
    const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      skip(error.message);
    });
    child.once('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal) return skip('no answer within 60 s');
      const start = out.indexOf('{');
      let report: AuditReport | undefined;
      try {
        report = start === -1 ? undefined : (JSON.parse(out.slice(start)) as AuditReport);
      } catch {
        report = undefined;
      }
      const counts = report?.metadata?.vulnerabilities;
      if (!counts) return skip(report?.error?.code ?? out.trim().split('\n')[0]?.slice(0, 160) ?? 'no report');
      const serious = (counts.high ?? 0) + (counts.critical ?? 0);
      console.log(`${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate`);
      if (serious > 0) console.log('run `npx pnpm@10.34.8 audit --prod` for the advisories; fix or override them');
      resolve(serious > 0 ? 1 : 0);
    });
  });

const log = { info: (m: string) => console.log(`[prerequisites] ${m}`), warn: (m: string) => console.warn(m) };

const main = async (): Promise<number> => {
  console.log('\n▶ prerequisites');
  try {
    Object.assign(prepared, await ensureTestPrerequisites(repoRoot, process.argv.slice(2), log));
  } catch (error) {
    if (!(error instanceof MissingPrerequisite)) throw error;
    console.error(`npm test cannot run on this machine: ${error.message}`);
    return 1;
  }
  const checks: Array<[string, string[]]> = [
    ['prettier --check', ['prettier', '--check', '.']],
    ['eslint', ['eslint', '.']],
    // The layer and cycle rules of .dependency-cruiser.cjs, over every folder that holds code.
    [
      'import rules',
      ['depcruise', ...CODE_FOLDERS, '--config', '.dependency-cruiser.cjs', '--output-type', 'err-long'],
    ],
    ['typecheck', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  ];
  for (const [label, args] of checks) {
    const code = await runStep(label, args);
    if (code !== 0) {
      console.log(`${label} failed (exit ${code}); tests not run`);
      return code;
    }
    if (label === 'import rules' && (await auditDependencies()) !== 0) {
      console.log('pnpm audit found high or critical advisories; tests not run');
      return 1;
    }
  }

  await mkdir(path.dirname(resultsFile), { recursive: true });
  // A stale report from an earlier run must never be mistaken for this one.
  await rm(resultsFile, { force: true });
  const code = await runStep('vitest', [
    'vitest',
    'run',
    '--config',
    'test/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
    ...process.argv.slice(2),
  ]);
  const counts = await readCounts();
  if (!counts) {
    console.log(`vitest exited ${code} without a report`);
    return code === 0 ? 1 : code;
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  return code;
};

process.exitCode = await main();

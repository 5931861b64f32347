// Entry point of `npm start|test|bench|tenants`: install if needed, build, then hand over to the built command.
// It runs before dependencies exist, so it uses nothing but Node itself.
import { spawn } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = ['--yes', 'pnpm@10.34.8'];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const COMMANDS = {
  start: 'infra/dist/start.js',
  test: 'infra/dist/run-tests.js',
  // The benchmark drives the real API in-process, so it lives with the tests and runs from source.
  bench: 'test/bench/run-bench.ts',
  tenants: 'infra/dist/tenants-cli.js',
};

const [command, ...rest] = process.argv.slice(2);
if (!Object.hasOwn(COMMANDS, command ?? '')) {
  console.error(`usage: node infra/bootstrap.mjs <${Object.keys(COMMANDS).join('|')}> [args…]`);
  process.exit(2);
}

let current;
let interrupted;
// Ctrl-C reaches the whole process group anyway; forwarding also covers a SIGTERM sent to this process alone.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = signal;
    current?.kill(signal);
  });
}

const run = (file, args, env = process.env) =>
  new Promise((resolve) => {
    current = spawn(file, args, { cwd: root, stdio: 'inherit', env });
    current.once('error', (error) => {
      console.error(`${file}: ${error.message}`);
      resolve(127);
    });
    current.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  });

const step = async (file, args, env) => {
  const code = await run(file, args, env);
  if (code !== 0 || interrupted) process.exit(code || 130);
};

const modulesFile = path.join(root, 'node_modules', '.modules.yaml');
const lockFile = path.join(root, 'pnpm-lock.yaml');
if (!existsSync(modulesFile) || statSync(modulesFile).mtimeMs < statSync(lockFile).mtimeMs) {
  console.log('[bootstrap] installing dependencies (node_modules missing or older than pnpm-lock.yaml)');
  await step(npx, [...PNPM, 'install', '--frozen-lockfile']);
  // pnpm leaves the file alone when nothing changed; touch it so the next run skips the install.
  const now = new Date();
  utimesSync(modulesFile, now, now);
} else {
  console.log('[bootstrap] dependencies up to date, skipping install');
}

console.log('[bootstrap] building');
await step(npx, [...PNPM, 'exec', 'turbo', 'run', 'build', '--output-logs=new-only'], {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
});

const script = COMMANDS[command];
const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
process.exit(await run(process.execPath, ['--enable-source-maps', ...loader, path.join(root, script), ...rest]));

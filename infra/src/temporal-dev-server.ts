import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import type { InfraLog } from './log.js';

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 15_000;

/** Search attributes every namespace of ours needs (workflows set them, list views filter on them). */
export const SEARCH_ATTRIBUTES = {
  TenantId: 'Keyword',
  LifecycleState: 'Keyword',
  RiskTier: 'Keyword',
  NextReviewAt: 'Datetime',
} as const;

export type TemporalDevServerOptions = {
  /** From resolveTemporalCli(). */
  cliPath: string;
  port: number;
  /** Web UI port; defaults to `port + 1000` unless headless. */
  uiPort?: number;
  /** SQLite file to persist to; in memory when omitted. */
  dbFile?: string;
  namespace: string;
  headless?: boolean;
  log: InfraLog;
  /** More `temporal server start-dev` arguments, e.g. `['--dynamic-config-value', 'K=V']`. */
  extraArgs?: string[];
  /**
   * Own process group, so a terminal Ctrl-C reaches only the caller, which then stops the server in its turn.
   * Only for callers that handle SIGINT/SIGTERM themselves: a SIGKILLed caller leaves it running.
   */
  detached?: boolean;
};

export type TemporalDevServer = {
  /** gRPC `host:port` for `Connection.connect` / `NativeConnection.connect`. */
  address: string;
  uiUrl?: string;
  /** Settles when the server process ends, for whatever reason. */
  exited: Promise<void>;
  stop(): Promise<void>;
};

export const buildDevServerArgs = (options: TemporalDevServerOptions): { args: string[]; uiUrl?: string } => {
  const { port, dbFile, namespace } = options;
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  let uiUrl: string | undefined;
  if (options.headless) {
    args.push('--headless');
  } else {
    const uiPort = options.uiPort ?? port + 1000;
    args.push('--ui-port', String(uiPort));
    uiUrl = `http://127.0.0.1:${uiPort}`;
  }
  if (dbFile) {
    // Durability of a dev server's history is not worth an fsync per write.
    args.push('--db-filename', dbFile, '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF');
  }
  // "default" always exists; naming it again is harmless but noisy.
  if (namespace !== 'default') args.push('--namespace', namespace);
  for (const [key, type] of Object.entries(SEARCH_ATTRIBUTES)) args.push('--search-attribute', `${key}=${type}`);
  args.push(
    '--dynamic-config-value',
    'frontend.enableUpdateWorkflowExecution=true',
    // The version check phones home; these machines may have no route out.
    '--dynamic-config-value',
    'frontend.enableServerVersionCheck=false',
    ...(options.extraArgs ?? []),
  );
  return { args, uiUrl };
};

const waitUntilServing = async (address: string, namespace: string, exited: Promise<void>) => {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let gone = false;
  void exited.then(() => (gone = true));
  let lastError: unknown;
  while (Date.now() < deadline && !gone) {
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address, connectTimeout: '2s' });
      await connection.workflowService.describeNamespace({ namespace });
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await connection?.close().catch(() => undefined);
    }
    await sleep(250);
  }
  const reason = gone ? 'the server exited' : `not serving after ${READY_TIMEOUT_MS / 1000}s`;
  throw new Error(`Temporal dev server on ${address}: ${reason} (last error: ${String(lastError)})`);
};

/** Spawns `temporal server start-dev` and resolves once `namespace` answers over gRPC. */
export const startTemporalDevServer = async (options: TemporalDevServerOptions): Promise<TemporalDevServer> => {
  const { cliPath, port, namespace, log } = options;
  if (options.dbFile) await mkdir(path.dirname(options.dbFile), { recursive: true });
  const { args, uiUrl } = buildDevServerArgs(options);
  const address = `127.0.0.1:${port}`;

  const started = Date.now();
  const child = spawn(cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    // A spawn failure (bad path) emits 'error' and never 'exit'.
    child.once('error', () => child.pid === undefined && resolve());
  });
  let running = true;
  let stopping = false;
  void exited.then(() => (running = false));
  const recent: string[] = [];
  const forward = (line: string, warn: boolean) => {
    // While stopping, its internal clients warn about the connections it is closing itself.
    if (!line.trim() || (stopping && !line.includes('level=ERROR'))) return;
    recent.push(line);
    if (recent.length > 30) recent.shift();
    if (warn) log.warn(`temporal: ${line}`);
    else log.info(`temporal: ${line}`);
  };
  createInterface({ input: child.stdout }).on('line', (line) => forward(line, false));
  createInterface({ input: child.stderr }).on('line', (line) => forward(line, true));
  child.on('error', (error) => forward(String(error), true));
  const stopOnExit = () => running && child.kill('SIGTERM');
  process.on('exit', stopOnExit);

  const stop = async (): Promise<void> => {
    process.off('exit', stopOnExit);
    if (!running || child.pid === undefined) return;
    stopping = true;
    child.kill('SIGTERM');
    const escalate = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(escalate);
  };

  try {
    await waitUntilServing(address, namespace, exited);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${recent.join('\n')}`, { cause: error });
  }
  log.info(`Temporal dev server serving ${address} (namespace ${namespace}) after ${Date.now() - started} ms`);
  return { address, uiUrl, exited, stop };
};

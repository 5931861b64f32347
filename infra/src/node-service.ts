import { spawn } from 'node:child_process';
import os from 'node:os';

export type NodeService = {
  name: string;
  /** Exit code (128 + n when killed by signal n); settles once, whenever the process ends. */
  exited: Promise<number>;
  isRunning(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
};

export type NodeServiceOptions = {
  name: string;
  script: string;
  args?: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
};

const running = new Map<NodeService, () => void>();
// Last resort when the supervisor exits without stopping everything (e.g. a crash between steps): the services
// still get their SIGTERM and shut down on their own.
process.on('exit', () => {
  for (const terminate of running.values()) terminate();
});

/**
 * Runs a built Node entry point in its own process group, so a terminal Ctrl-C reaches only the supervisor,
 * which then stops services in a deliberate order.
 */
export const spawnNodeService = (options: NodeServiceOptions): NodeService => {
  const child = spawn(process.execPath, ['--enable-source-maps', options.script, ...(options.args ?? [])], {
    cwd: options.cwd,
    env: options.env,
    stdio: 'inherit',
    detached: true,
  });
  let alive = child.pid !== undefined;
  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
    child.once('error', () => child.pid === undefined && resolve(127));
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      // Negative pid: the whole group, so anything the service spawned goes too.
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };

  const service: NodeService = {
    name: options.name,
    exited,
    isRunning: () => alive,
    stop: async (graceMs = 15_000) => {
      if (!alive) return;
      signalGroup('SIGTERM');
      const escalate = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      await exited;
      clearTimeout(escalate);
    },
  };
  running.set(service, () => signalGroup('SIGTERM'));
  void exited.then(() => {
    alive = false;
    running.delete(service);
  });
  return service;
};

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StackEnv } from './stack-env.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type WorkerChild = {
  child: ChildProcess;
  output: () => string;
  // Resolves when the child has printed the line (or rejects when it exits first or time runs out).
  waitForLine: (line: string, timeoutMs?: number) => Promise<void>;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
};

// Starts test/support/worker-process.ts in a child process and waits until its worker is ready.
export const startWorkerChild = async (stack: StackEnv, env: Record<string, string> = {}): Promise<WorkerChild> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/worker-process.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, KIZUNA_STACK: JSON.stringify(stack) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));

  const waitForLine = async (line: string, timeoutMs = 60_000) => {
    const until = Date.now() + timeoutMs;
    while (!output.split('\n').some((l) => l.trim() === line)) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`worker child exited before "${line}":\n${output.slice(-4000)}`);
      }
      if (Date.now() > until) throw new Error(`worker child did not print "${line}" in time:\n${output.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };

  const handle = { child, output: () => output, waitForLine, kill };
  try {
    await waitForLine('worker-ready');
  } catch (err) {
    await kill();
    throw err;
  }
  return handle;
};

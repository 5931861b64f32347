import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveWorkflowsPath } from '@kizuna/worker/worker';
import { Worker, type ReplayResult } from '@temporalio/worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORIES_DIR } from '../support/history-recorder.js';

// Histories recorded from the lifecycle scenarios (see support/history-recorder.ts) must replay against the
// current workflow code: a change that alters the commands of a running workflow needs patched().

const PROBE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../support/replay-probe/workflows.ts');
const SCENARIOS = [
  'full-loop-to-active',
  'high-tier-two-executives',
  'lapsed-condition',
  'rejection',
  'review-cycle-continue-as-new',
  'signoff-escalation',
];
// Every generation keeps replaying: before the 'decision-in-one-activity' patch, then the closure-shaped workflow
// before the lifecycle moved into the domain's state machine, then the state machine before the rules of issue 11
// ('condition-confirmation', 'review-opened-notice'), then the current shape.
const GENERATIONS = ['before-decision-patch-', 'before-state-machine-', 'before-lifecycle-rules-'];
// In file-name order, as the fixtures are read.
const EXPECTED = [...GENERATIONS.flatMap((g) => SCENARIOS.map((s) => `${g}${s}`)), ...SCENARIOS].sort();

type Recorded = { workflowId: string; history: unknown };
let histories: Recorded[];

beforeAll(async () => {
  const files = (await readdir(HISTORIES_DIR)).filter((f) => f.endsWith('.json')).sort();
  histories = await Promise.all(
    files.map(async (f) => ({
      workflowId: `replay/${f.replace(/\.json$/, '')}`,
      history: JSON.parse(await readFile(path.join(HISTORIES_DIR, f), 'utf8')) as unknown,
    })),
  );
});

// The bundler resolves @temporalio/workflow from next to the workflows file; the test package does not depend on it,
// so the probe borrows the workflows package's copy (the very one the real workflows are bundled with).
const WORKFLOWS_NODE_MODULES = path.resolve(path.dirname(resolveWorkflowsPath()), '../node_modules');

const replayAll = async (workflowsPath: string, items: Recorded[]) => {
  const results: ReplayResult[] = [];
  const replay = Worker.runReplayHistories(
    {
      workflowsPath,
      bundlerOptions: {
        webpackConfigHook: (config) => ({
          ...config,
          resolve: { ...config.resolve, modules: [...(config.resolve?.modules ?? []), WORKFLOWS_NODE_MODULES] },
        }),
      },
    },
    items,
  );
  for await (const result of replay) results.push(result);
  return results;
};

describe('replay of recorded lifecycle histories', () => {
  it('when the recorded scenarios are listed, then every one of them has a history fixture', () => {
    expect(histories.map((h) => h.workflowId.replace('replay/', ''))).toEqual(EXPECTED);
  });

  it('when each recorded history is replayed against the current workflow code, then none fails', async () => {
    const results = await replayAll(resolveWorkflowsPath(), histories);
    expect(results.map((r) => r.workflowId)).toEqual(histories.map((h) => h.workflowId));
    for (const r of results) expect(r.error, `${r.workflowId}: ${String(r.error)}`).toBeUndefined();
  });

  it('when the histories are replayed against a copy of the workflow with an unpatched step added, then each is a determinism violation', async () => {
    const results = await replayAll(PROBE, histories);
    expect(results).toHaveLength(histories.length);
    for (const r of results)
      expect(r.error?.name, `${r.workflowId}: ${String(r.error)}`).toBe('DeterminismViolationError');
  });
});

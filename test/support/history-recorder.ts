import { createRequire } from 'node:module';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';

// Recorded workflow histories for the replay test. Scenario tests save them only when asked:
//   KIZUNA_RECORD_HISTORIES=1 npx vitest run --config test/vitest.config.ts test/governance
// then `npx prettier --write test/governance/histories` and commit the files.

export const HISTORIES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../governance/histories');

export const recordingHistories = () => process.env.KIZUNA_RECORD_HISTORIES === '1';

// The test package does not depend on @temporalio/common directly; take the copy @temporalio/client uses, which is
// the one the worker's replayer parses with.
const requireFromClient = createRequire(createRequire(import.meta.url).resolve('@temporalio/client'));
const { historyToJSON } = requireFromClient('@temporalio/common/lib/proto-utils') as {
  historyToJSON: (history: unknown) => string;
};

// Saves one run's history (the latest run when runId is omitted) as test/governance/histories/<name>.json.
export const saveHistory = async (client: Client, workflowId: string, runId: string | undefined, name: string) => {
  if (!recordingHistories()) return;
  const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  await mkdir(HISTORIES_DIR, { recursive: true });
  await writeFile(path.join(HISTORIES_DIR, `${name}.json`), `${historyToJSON(history)}\n`);
};

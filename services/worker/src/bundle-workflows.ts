import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode } from '@temporalio/worker';
import { resolveWorkflowsPath } from './create-worker.js';

// Bundled at build time so the worker starts without webpack; must match the @temporalio/worker that runs it.
const { code } = await bundleWorkflowCode({ workflowsPath: resolveWorkflowsPath() });
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'workflow-bundle.js');
await writeFile(out, code);
console.warn(`workflow bundle written to ${out} (${Math.round(code.length / 1024)} KiB)`);

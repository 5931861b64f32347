import type { TestProject } from 'vitest/node';
import { startStack } from './start-stack.js';
import './stack-env.js';

// One real PostgreSQL and one real Temporal dev server for the whole suite.
export default async function setup(project: TestProject) {
  const stack = await startStack();
  project.provide('stack', stack.env);
  return stack.stop;
}

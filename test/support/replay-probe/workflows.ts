// A deliberately incompatible "next version" of the lifecycle workflow, for the replay test's negative control:
// the current code with one unpatched step added in front (a timer; inside the workflow sandbox setTimeout is a
// durable Temporal timer). Replaying any recorded history against it must fail with a DeterminismViolationError.
import type { LifecycleInput } from '@kizuna/workflows/lifecycle-definitions';
import { aiSystemLifecycle as current } from '@kizuna/workflows/workflows';

export async function aiSystemLifecycle(input: LifecycleInput): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return current(input);
}

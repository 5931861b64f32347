// `@kizuna/domain/lifecycle`: the lifecycle state machine and its typed messages. Pure, so the workflow bundle
// imports it directly; it must never import I/O (lint holds it to the workflow determinism rules). Outside this
// folder it imports types only; the lifecycle's use-cases with I/O live one folder up.
export * from './lifecycle-model.js';
export * from './lifecycle-timers.js';
export * from './lifecycle-messages.js';
export * from './lifecycle-effects.js';
export * from './sealed-assessment.js';
export * from './lifecycle-rules.js';
export * from './lifecycle-projection.js';
export * from './restore-lifecycle.js';
export { checkLifecycleCommand, type CheckContext } from './check-lifecycle-command.js';
export {
  decideLifecycle,
  prepareLifecycleCommand,
  type LifecycleFacts,
  type LifecyclePreparation,
} from './decide-lifecycle.js';

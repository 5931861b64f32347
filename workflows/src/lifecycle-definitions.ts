import {
  LIFECYCLE_UPDATES,
  type LifecycleUpdateArgs,
  type LifecycleUpdateName,
  type LiveState,
} from '@kizuna/domain/lifecycle';
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

// Messages of the aiSystemLifecycle workflow, shared by the workflow (sandboxed) and the gateway. Their names and
// types come from the domain's lifecycle messages, so a renamed field fails to compile on both sides.
export type { LifecycleInput, LifecycleTiming } from '@kizuna/domain/lifecycle';

export const lifecycleWorkflowId = (tenantId: string, systemId: string) => `tenant/${tenantId}/system/${systemId}`;

export type LifecycleUpdateDefinitions = {
  [K in LifecycleUpdateName]: UpdateDefinition<LiveState, [LifecycleUpdateArgs[K]], K>;
};

export const LIFECYCLE_UPDATE_DEFINITIONS = Object.fromEntries(
  LIFECYCLE_UPDATES.map((name) => [name, defineUpdate(name)]),
) as LifecycleUpdateDefinitions;

export const getStateQuery = defineQuery<LiveState>('getState');

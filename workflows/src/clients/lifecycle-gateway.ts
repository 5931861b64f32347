import { randomUUID } from 'node:crypto';
import { AppError, type FieldError, type LifecycleGateway, type LifecycleStart } from '@kizuna/domain';
import {
  WithStartWorkflowOperation,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  DEFAULT_TIMING,
  isLifecycleRefusalCode,
  restoreLifecycleInput,
  type LifecycleInput,
  type LifecycleTiming,
} from '@kizuna/domain/lifecycle';
import { TASK_QUEUE, TENANT_ID_ATTRIBUTE } from '../definitions.js';
import { LIFECYCLE_UPDATE_DEFINITIONS, getStateQuery, lifecycleWorkflowId } from '../lifecycle-definitions.js';
import type { aiSystemLifecycle } from '../workflows.js';

// A refused or failed update arrives as a failure chain; its ApplicationFailure type is our error code.
const toAppError = (err: unknown): AppError => {
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new AppError('SERVICE_UNAVAILABLE', 'The workflow did not answer in time; retry shortly', {
      retryAfterSeconds: 2,
    });
  }
  let cause: unknown = err instanceof WorkflowUpdateFailedError ? err.cause : err;
  while (cause && !(cause instanceof ApplicationFailure && isLifecycleRefusalCode(cause.type))) {
    cause = (cause as { cause?: unknown }).cause;
  }
  if (cause instanceof ApplicationFailure && isLifecycleRefusalCode(cause.type)) {
    const errors = (cause.details?.[0] as FieldError[] | undefined) ?? undefined;
    return new AppError(cause.type, cause.message, errors ? { errors } : {});
  }
  return new AppError('SERVICE_UNAVAILABLE', 'The lifecycle workflow is unavailable; retry shortly', { cause: err });
};

export const createLifecycleGateway = (
  client: Client,
  options: { timing?: Partial<LifecycleTiming>; updateTimeoutMs?: number } = {},
): LifecycleGateway => {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  // Used only when no run is open (never started, or it failed): the new run rebuilds the whole model from the
  // projection the use-case read, not just its state and sequence.
  const startOptions = (tenantId: string, systemId: string, current: LifecycleStart) => ({
    taskQueue: TASK_QUEUE,
    workflowId: lifecycleWorkflowId(tenantId, systemId),
    args: [restoreLifecycleInput({ tenantId, systemId }, current, timing)] as [LifecycleInput],
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
    typedSearchAttributes: [{ key: TENANT_ID_ATTRIBUTE, value: tenantId }],
  });

  return {
    async ensureStarted(tenantId, systemId, current) {
      await client.workflow.start<typeof aiSystemLifecycle>(
        'aiSystemLifecycle',
        startOptions(tenantId, systemId, current),
      );
    },
    async send(tenantId, systemId, current, update, args) {
      try {
        return await client.withDeadline(Date.now() + (options.updateTimeoutMs ?? 25_000), () =>
          client.workflow.executeUpdateWithStart(LIFECYCLE_UPDATE_DEFINITIONS[update], {
            args: [args],
            // Server-made and per actor: a client-chosen request id must never merge two people's actions. Repeats
            // of one HTTP request are handled by Idempotency-Key; repeat decisions by the workflow (ALREADY_DECIDED).
            updateId: `${update}:${args.actorId}:${randomUUID()}`,
            startWorkflowOperation: new WithStartWorkflowOperation<typeof aiSystemLifecycle>(
              'aiSystemLifecycle',
              startOptions(tenantId, systemId, current),
            ),
          }),
        );
      } catch (err) {
        throw toAppError(err);
      }
    },
    async getState(tenantId, systemId) {
      try {
        return await client.withDeadline(Date.now() + 3_000, () =>
          client.workflow.getHandle(lifecycleWorkflowId(tenantId, systemId)).query(getStateQuery),
        );
      } catch {
        return null;
      }
    },
  };
};

import { randomUUID } from 'node:crypto';
import { AppError, type ErrorCode, type FieldError, type LifecycleGateway } from '@kizuna/domain';
import {
  WithStartWorkflowOperation,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TASK_QUEUE, TENANT_ID_ATTRIBUTE } from '../definitions.js';
import {
  DEFAULT_TIMING,
  closeConditionUpdate,
  decideUpdate,
  getStateQuery,
  lifecycleWorkflowId,
  openReviewUpdate,
  reinstateUpdate,
  retireUpdate,
  startAssessmentUpdate,
  submitAssessmentUpdate,
  type LifecycleInput,
  type LifecycleState,
  type LifecycleTiming,
} from '../lifecycle-definitions.js';
import type { aiSystemLifecycle } from '../workflows.js';

const UPDATES = {
  startAssessment: startAssessmentUpdate,
  submitAssessment: submitAssessmentUpdate,
  decide: decideUpdate,
  openReview: openReviewUpdate,
  retire: retireUpdate,
  reinstate: reinstateUpdate,
  closeCondition: closeConditionUpdate,
} as const;

const KNOWN_CODES = new Set<string>([
  'CONFLICT',
  'SEGREGATION_OF_DUTIES',
  'STALE_SNAPSHOT',
  'ALREADY_DECIDED',
  'FORBIDDEN',
  'VALIDATION_FAILED',
  'NOT_FOUND',
]);

// A refused or failed update arrives as a failure chain; its ApplicationFailure type is our error code.
const toAppError = (err: unknown): AppError => {
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new AppError('SERVICE_UNAVAILABLE', 'The workflow did not answer in time; retry shortly', {
      retryAfterSeconds: 2,
    });
  }
  let cause: unknown = err instanceof WorkflowUpdateFailedError ? err.cause : err;
  while (cause && !(cause instanceof ApplicationFailure && cause.type && KNOWN_CODES.has(cause.type))) {
    cause = (cause as { cause?: unknown }).cause;
  }
  if (cause instanceof ApplicationFailure && cause.type) {
    const errors = (cause.details?.[0] as FieldError[] | undefined) ?? undefined;
    return new AppError(cause.type as ErrorCode, cause.message, errors ? { errors } : {});
  }
  return new AppError('SERVICE_UNAVAILABLE', 'The lifecycle workflow is unavailable; retry shortly', { cause: err });
};

export const createLifecycleGateway = (
  client: Client,
  options: { timing?: Partial<LifecycleTiming>; updateTimeoutMs?: number } = {},
): LifecycleGateway => {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const startOptions = (tenantId: string, systemId: string, current: { state: string; seq: number }) => ({
    taskQueue: TASK_QUEUE,
    workflowId: lifecycleWorkflowId(tenantId, systemId),
    args: [
      { tenantId, systemId, state: current.state as LifecycleState, seq: current.seq, timing } satisfies LifecycleInput,
    ] as [LifecycleInput],
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
          client.workflow.executeUpdateWithStart(UPDATES[update] as typeof startAssessmentUpdate, {
            args: [args as never],
            // Server-made and per actor: a client-chosen request id must never merge two people's actions. Repeats
            // of one HTTP request are handled by Idempotency-Key; repeat decisions by the workflow (ALREADY_DECIDED).
            updateId: `${update}:${String(args.actorId)}:${randomUUID()}`,
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

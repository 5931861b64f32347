import {
  applyDecision,
  applyLifecycleTransition,
  notifyRecipients,
  openAssessmentCycle,
  recordSignOff,
  sealAssessment,
  setAssessmentStatus,
  type ApplyDecisionInput,
  type Deps,
  type NotifyInput,
  type RecordSignOffInput,
  type TransitionInput,
} from '@kizuna/domain';
import { guarded } from './activity-failure.js';

// Activities of aiSystemLifecycle. Each calls one domain use-case and is safe to run more than once.
export const createLifecycleActivities = (deps: Deps) => ({
  persistTransition: guarded((input: TransitionInput) => applyLifecycleTransition(deps, input)),
  openAssessmentCycle: guarded((input: { tenantId: string; systemId: string; kind: 'initial' | 'review' }) =>
    openAssessmentCycle(deps, input),
  ),
  sealAssessment: guarded((input: { tenantId: string; systemId: string; assessmentId: string; submittedBy: string }) =>
    sealAssessment(deps, input),
  ),
  recordSignOff: guarded((input: RecordSignOffInput) => recordSignOff(deps, input)),
  setAssessmentStatus: guarded(
    (input: { tenantId: string; assessmentId: string; status: 'in_progress' | 'approved' | 'rejected' }) =>
      setAssessmentStatus(deps, input),
  ),
  notify: guarded((input: NotifyInput) => notifyRecipients(deps, input)),
  applyDecision: guarded((input: ApplyDecisionInput) => applyDecision(deps, input)),
});

export type LifecycleActivities = ReturnType<typeof createLifecycleActivities>;

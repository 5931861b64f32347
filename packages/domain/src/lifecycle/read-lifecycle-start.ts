import type { TAiSystem } from '@kizuna/contracts';
import { readTenantPolicy } from '../policy/read-tenant-policy.js';
import { resolveTierPolicy } from '../policy/resolve-tier-policy.js';
import type { TenantRepos } from '../ports.js';
import { findExcludedSigners } from '../sign-offs/find-excluded-signers.js';
import type { LifecycleStart } from './lifecycle-ports.js';
import type { ConditionFulfilment } from './machine/lifecycle-model.js';

const CLOSED = new Set(['condition.fulfilled', 'condition.lapsed']);

// The whole lifecycle as the database holds it, for a workflow that has to start again: the current cycle, the
// pending sign-off with its approvals, the open conditions (with any fulfilment waiting for confirmation) and the
// next review. Sequential reads: a tenant transaction has one connection.
export const readLifecycleStart = async (repos: TenantRepos, system: TAiSystem): Promise<LifecycleStart> => {
  const transitions = await repos.lifecycle.listTransitions(system.id);
  const governance = await repos.aiSystems.getGovernanceFields(system.id);
  const assessment = governance?.currentAssessmentId
    ? await repos.assessments.findById(governance.currentAssessmentId)
    : null;
  const policy = readTenantPolicy(await repos.setup.getPolicy());
  const signOffs = await repos.signOffs.listForSystem(system.id);

  const closed = new Set<string>();
  const submitted = new Map<string, ConditionFulfilment>();
  for (const t of transitions) {
    const conditionId = t.data.conditionId as string | undefined;
    if (!conditionId) continue;
    if (CLOSED.has(t.action)) closed.add(conditionId);
    if (t.action === 'condition.fulfilment_submitted')
      submitted.set(conditionId, {
        by: t.actorId,
        evidenceIds: (t.data.evidenceIds as string[] | undefined) ?? [],
        note: (t.data.note as string | undefined) ?? '',
      });
  }
  // As the model keeps them: every approval's conditions until they are fulfilled or lapse.
  const conditions = signOffs
    .filter((s) => s.decision !== 'reject')
    .flatMap((s) =>
      s.conditions.map((c) => ({
        id: c.id,
        ownerId: c.ownerId,
        dueDate: c.dueDate,
        decidedAt: s.decidedAt,
        ...(submitted.has(c.id) && { fulfilment: submitted.get(c.id)! }),
      })),
    )
    .filter((c) => !closed.has(c.id));

  const tier = assessment?.risk ? resolveTierPolicy(assessment.risk.tier, policy.tierOverrides) : null;
  const pending = system.lifecycleState === 'signoff' && assessment?.status === 'submitted' ? assessment : null;
  return {
    state: system.lifecycleState,
    seq: transitions.at(-1)?.seq ?? 0,
    cycleKind: assessment?.kind === 'review' ? 'review' : 'initial',
    assessmentId: assessment?.id ?? null,
    policy: tier && {
      approverRole: tier.approverRole,
      quorum: tier.quorum,
      reviewCadenceDays: tier.reviewCadenceDays,
    },
    conditions,
    nextReviewAt: governance?.nextReviewAt ?? null,
    timing: {
      signoffReminderDays: policy.signoffReminderDays,
      escalationDays: policy.escalationDays,
      conditionReminderDays: policy.conditionReminderDays,
      suspendOnLapsedCondition: policy.suspendOnLapsedCondition,
    },
    ...(pending && {
      submittedBy: pending.submittedBy,
      submittedAt: pending.submittedAt,
      snapshotHash: pending.snapshotHash,
      approvals: signOffs
        .filter((s) => s.assessmentId === pending.id && s.snapshotHash === pending.snapshotHash)
        .filter((s) => s.decision !== 'reject')
        .map((s) => ({ signerId: s.signerId, decision: s.decision })),
      excludedSigners: findExcludedSigners({
        system,
        answers: await repos.assessments.getAnswers(pending.id),
        evidence: await repos.evidence.listForSystem(system.id),
        policy: policy.segregationOfDuties,
      }),
    }),
  };
};

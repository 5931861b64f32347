import { AppError } from '../errors/app-error.js';
import type { SealedAssessment } from '../lifecycle/machine/sealed-assessment.js';
import type { Deps } from '../ports.js';
import { buildAssessmentSnapshot } from './assessment-snapshot.js';
import { computeRiskTier } from '../policy/compute-risk-tier.js';
import { loadTenant } from '../tenants/load-tenant.js';
import { readTenantPolicy } from '../policy/read-tenant-policy.js';
import { resolveTierPolicy } from '../policy/resolve-tier-policy.js';
import { validateAssessment } from './validate-assessment.js';

// Validates, freezes and hashes the assessment for sign-off; returns who must approve it. Running it again on a
// sealed assessment returns the same hash (nothing it reads can change once submitted).
export const sealAssessment = async (
  deps: Deps,
  input: { tenantId: string; systemId: string; assessmentId: string; submittedBy: string },
) => {
  const tenant = await loadTenant(deps, input.tenantId);
  return deps.runInTenant(tenant, async (repos) => {
    // One transaction holds one connection: its queries run one after another.
    const system = await repos.aiSystems.findById(input.systemId);
    const assessment = await repos.assessments.findById(input.assessmentId);
    const governance = await repos.aiSystems.getGovernanceFields(input.systemId);
    if (!system || !assessment || assessment.systemId !== system.id)
      throw new AppError('NOT_FOUND', 'Assessment not found');
    const answers = await repos.assessments.getAnswers(assessment.id);
    const evidence = await repos.evidence.listForSystem(system.id);
    const policyRow = await repos.setup.getPolicy();
    const risk = computeRiskTier(system.profile);
    const tenantPolicy = readTenantPolicy(policyRow);
    const tierPolicy = resolveTierPolicy(risk.tier, tenantPolicy.tierOverrides);
    const errors = validateAssessment({
      requirements: assessment.requirements,
      answers,
      evidence,
      tierPolicy,
      today: deps.now().toISOString().slice(0, 10),
    });
    if (errors.length)
      throw new AppError('VALIDATION_FAILED', `${errors.length} answer(s) missing or invalid`, { errors });
    const { snapshot, hash } = buildAssessmentSnapshot({
      system,
      roleDetermination: governance?.roleDetermination,
      assessment,
      answers,
      evidence,
      risk,
    });
    if (assessment.status === 'in_progress') {
      const submitted = {
        submittedBy: input.submittedBy,
        submittedAt: deps.now().toISOString(),
        snapshotHash: hash,
        snapshot,
        risk,
      };
      await repos.assessments.markSubmitted(assessment.id, submitted);
      // Each submission is kept as sealed: a resubmission after a rejection adds a snapshot, never overwrites one.
      await repos.snapshots.insert({ assessmentId: assessment.id, ...submitted });
    } else if (assessment.snapshotHash !== hash) {
      throw new AppError('CONFLICT', 'The assessment was sealed with different contents');
    }
    return {
      snapshotHash: hash,
      tier: risk.tier,
      risk,
      policy: {
        approverRole: tierPolicy.approverRole,
        quorum: tierPolicy.quorum,
        reviewCadenceDays: tierPolicy.reviewCadenceDays,
      },
      // The tenant's reminder and escalation rhythm for this sign-off and its conditions.
      timing: {
        signoffReminderDays: tenantPolicy.signoffReminderDays,
        escalationDays: tenantPolicy.escalationDays,
        conditionReminderDays: tenantPolicy.conditionReminderDays,
        suspendOnLapsedCondition: tenantPolicy.suspendOnLapsedCondition,
      },
    } satisfies SealedAssessment;
  });
};

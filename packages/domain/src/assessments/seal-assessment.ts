import { AppError, type FieldError } from '../errors/app-error.js';
import type { SealedAssessment } from '../lifecycle/machine/sealed-assessment.js';
import type { Deps } from '../ports.js';
import { findExcludedSigners } from '../sign-offs/find-excluded-signers.js';
import { buildAssessmentSnapshot } from './assessment-snapshot.js';
import { computeRiskTier } from '../policy/compute-risk-tier.js';
import { loadTenant } from '../tenants/load-tenant.js';
import { readTenantPolicy } from '../policy/read-tenant-policy.js';
import { resolveTierPolicy } from '../policy/resolve-tier-policy.js';
import { refreshRequirements } from './refresh-requirements.js';
import { validateAssessment } from './validate-assessment.js';

type SealInput = { tenantId: string; systemId: string; assessmentId: string; submittedBy: string };
type Sealing = { ok: true; sealed: SealedAssessment } | { ok: false; errors: FieldError[]; reopen: boolean };

// Validates, freezes and hashes the assessment for sign-off; returns who must approve it and who may not.
// The workflow asks only while it holds no snapshot of this assessment, so an assessment already marked submitted is
// one whose earlier seal never reached the workflow (a lost activity result): it is sealed again with what it holds
// now, and put back in progress if that no longer passes, so it can always be fixed and submitted (never wedged).
export const sealAssessment = async (deps: Deps, input: SealInput): Promise<SealedAssessment> => {
  const tenant = await loadTenant(deps, input.tenantId);
  // First, and committed on its own: the requirements as the system's profile and roles are now, so a change that
  // slipped in after the cycle opened is asked (and its missing answers reported) rather than signed unasked.
  await deps.runInTenant(tenant, async (repos) => {
    const system = await repos.aiSystems.findById(input.systemId);
    const assessment = await repos.assessments.findById(input.assessmentId);
    if (!system || !assessment || assessment.systemId !== system.id) return;
    if (assessment.status === 'in_progress' || assessment.status === 'submitted')
      await refreshRequirements(repos, system, assessment);
  });
  const sealing = await deps.runInTenant(tenant, async (repos): Promise<Sealing> => {
    // One transaction holds one connection: its queries run one after another.
    const system = await repos.aiSystems.findById(input.systemId);
    const assessment = await repos.assessments.findById(input.assessmentId);
    const governance = await repos.aiSystems.getGovernanceFields(input.systemId);
    if (!system || !assessment || assessment.systemId !== system.id)
      throw new AppError('NOT_FOUND', 'Assessment not found');
    if (assessment.status !== 'in_progress' && assessment.status !== 'submitted')
      throw new AppError('CONFLICT', `The assessment is ${assessment.status}`);
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
    if (errors.length) return { ok: false, errors, reopen: assessment.status === 'submitted' };
    const { snapshot, hash } = buildAssessmentSnapshot({
      system,
      roleDetermination: governance?.roleDetermination,
      assessment,
      answers,
      evidence,
      risk,
    });
    // A retried seal whose result was lost seals again with what is there now (it never wedges the system).
    if (assessment.status === 'in_progress' || assessment.snapshotHash !== hash) {
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
    }
    const result: SealedAssessment = {
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
      excludedSigners: findExcludedSigners({ system, answers, evidence, policy: tenantPolicy.segregationOfDuties }),
    };
    return { ok: true, sealed: result };
  });
  if (sealing.ok) return sealing.sealed;
  if (sealing.reopen)
    await deps.runInTenant(tenant, (repos) => repos.assessments.setStatus(input.assessmentId, 'in_progress'));
  throw new AppError('VALIDATION_FAILED', `${sealing.errors.length} answer(s) missing or invalid`, {
    errors: sealing.errors,
  });
};

import type { TAnswerInput, TAssessment } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError, type FieldError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import { loadAssessment } from './load-assessment.js';
import { toAssessmentView } from './to-assessment-view.js';
import { ownedBy } from '../inventory/owned-by.js';

// Saves answers to the open assessment; saving a carried-forward answer (changed or not) confirms it. A gap opens
// (or updates) a risk-log entry with its owner and due date.
export const saveAnswers = async (
  deps: Deps,
  ctx: RequestContext,
  input: { systemId: string; assessmentId: string; answers: Record<string, TAnswerInput> },
): Promise<TAssessment> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const { system, assessment } = await loadAssessment(repos, ctx, input.systemId, input.assessmentId);
    authorize(abilityOf(ctx), 'update', 'Assessment', ownedBy(system));
    if (assessment.status !== 'in_progress') throw new AppError('CONFLICT', `The assessment is ${assessment.status}`);
    const known = new Set(assessment.requirements.map((r) => r.requirementId));
    const errors: FieldError[] = Object.keys(input.answers)
      .filter((id) => !known.has(id))
      .map((id) => ({ path: `answers.${id}`, message: 'not a requirement of this assessment' }));
    const evidenceIds = Object.values(input.answers).flatMap((a) => (a.answer === 'complies' ? a.evidenceIds : []));
    const found = new Set((await repos.evidence.findMany(system.id, [...new Set(evidenceIds)])).map((e) => e.id));
    for (const [id, a] of Object.entries(input.answers)) {
      if (a.answer === 'complies' && a.evidenceIds.some((e) => !found.has(e))) {
        errors.push({ path: `answers.${id}.evidenceIds`, message: 'evidence not found for this system' });
      }
    }
    if (errors.length) throw new AppError('VALIDATION_FAILED', 'Some answers cannot be saved', { errors });
    const actorId = actorIdOf(ctx.actor);
    for (const [requirementId, answer] of Object.entries(input.answers)) {
      await repos.assessments.saveAnswer(assessment.id, requirementId, answer, {
        actorId,
        carriedForward: false,
        confirmed: true,
      });
      if (answer.answer === 'gap') {
        await repos.riskLog.upsert({
          id: newId(deps.now().getTime()),
          systemId: system.id,
          assessmentId: assessment.id,
          requirementId,
          description: answer.remediation,
          ownerId: answer.ownerId,
          dueDate: answer.dueDate,
        });
      }
    }
    await repos.assessments.bumpVersion(assessment.id);
    await repos.audit.append({
      action: 'assessment.answers_saved',
      targetType: 'Assessment',
      targetId: assessment.id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { systemId: system.id, answers: input.answers },
    });
    return toAssessmentView(repos, (await repos.assessments.findById(assessment.id))!);
  });

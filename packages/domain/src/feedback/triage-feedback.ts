import type { AppAbility } from '@kizuna/authz';
import { actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize, authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps, TenantRepos } from '../ports.js';
import type { FeedbackRecord, FeedbackTriage } from './feedback-ports.js';
import { feedbackSubject } from './feedback-subject.js';

// Shared by dismiss, link and promote: a report someone may read but not triage is 403, one they may not read
// is 404, and only a `new` report can be triaged (409 otherwise).
export const loadNewFeedback = async (repos: TenantRepos, ability: AppAbility, id: string): Promise<FeedbackRecord> => {
  const report = await repos.feedback.findById(id);
  if (!report) throw new AppError('NOT_FOUND', 'Feedback not found');
  authorizeRead(ability, 'Feedback', feedbackSubject(report), 'Feedback');
  authorize(ability, 'update', 'Feedback', feedbackSubject(report));
  if (report.status !== 'new') throw alreadyTriaged(report);
  return report;
};

const alreadyTriaged = (report: FeedbackRecord) =>
  new AppError('CONFLICT', `This report was already triaged (${report.status})`);

// Moves the report out of `new` (atomically: a parallel triage of the same report gets the 409) and audits it.
export const recordTriage = async (
  deps: Deps,
  repos: TenantRepos,
  ctx: RequestContext,
  report: FeedbackRecord,
  change: Pick<FeedbackTriage, 'status' | 'dismissReason' | 'incidentId'>,
): Promise<FeedbackRecord> => {
  const triaged = await repos.feedback.triage(report.id, {
    ...change,
    triagedAt: deps.now().toISOString(),
    triagedBy: actorIdOf(ctx.actor),
  });
  if (!triaged) throw alreadyTriaged((await repos.feedback.findById(report.id)) ?? report);
  await repos.audit.append({
    action: `feedback.${change.status}`,
    targetType: 'Feedback',
    targetId: report.id,
    actor: auditActorOf(ctx.actor),
    requestId: ctx.requestId,
    data: {
      reference: report.reference,
      ...(change.dismissReason !== undefined && { reason: change.dismissReason }),
      ...(change.incidentId !== undefined && { incidentId: change.incidentId }),
    },
  });
  return triaged;
};

import type { TFeedbackReport, TIncident, TPromoteFeedback } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { createIncident } from '../incidents/create-incident.js';
import type { Deps } from '../ports.js';
import { toFeedbackView } from './feedback-subject.js';
import { loadNewFeedback, recordTriage } from './triage-feedback.js';

const TITLE_LENGTH = 80;

const titleFrom = (message: string, reference: string) => {
  const line = message.trim().split('\n')[0]!.trim();
  return `${reference}: ${line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH)}…` : line}`;
};

// A report that is a new incident. The incident is created through createIncident, inside this transaction (its
// deps run in the same one), so the incident and the triage are kept together or not at all.
export const promoteFeedback = async (
  deps: Deps,
  ctx: RequestContext,
  input: { id: string; change: TPromoteFeedback },
): Promise<{ feedback: TFeedbackReport; incident: TIncident }> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const report = await loadNewFeedback(repos, abilityOf(ctx), input.id);
    const awareAt = input.change.awareAt ?? deps.now().toISOString();
    // Detected when the report came in, unless the business knew earlier.
    const detectedAt = Date.parse(awareAt) < Date.parse(report.receivedAt) ? awareAt : report.receivedAt;
    const sameTransaction: Deps = { ...deps, runInTenant: (_tenant, fn) => fn(repos) as never };
    const incident = await createIncident(sameTransaction, ctx, {
      title: input.change.title ?? titleFrom(report.message, report.reference),
      description: report.message,
      severity: input.change.severity,
      categories: input.change.categories,
      systemIds: report.systemId ? [report.systemId] : [],
      detectedAt,
      awareAt,
      personalData: input.change.personalData ?? null,
      reporter: `Feedback ${report.reference}`,
      correctiveActions: [],
      timelineEntries: [],
    });
    const feedback = await recordTriage(deps, repos, ctx, report, { status: 'promoted', incidentId: incident.id });
    return { feedback: toFeedbackView(feedback), incident };
  });

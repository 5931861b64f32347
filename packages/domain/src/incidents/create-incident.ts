import type { TCreateIncident, TIncident } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import { explainInitialClocks } from './describe-incident-change.js';
import type { IncidentFacts, NewTimelineEntry } from './incident-ports.js';
import { incidentSubject } from './incident-subject.js';
import { computeIncidentClocks, nextDueAtOf, toIncidentView } from './incident-view.js';
import type { IncidentResponseDeps } from './incident-response-ports.js';
import { normalise } from './normalise-instant.js';
import { resolveLinkedSystems } from './resolve-linked-systems.js';
import { signalIncidentResponse } from './signal-incident-response.js';
import { validateIncidentFacts } from './validate-incident-facts.js';

// Records an incident with its facts; the APPI reportability and clocks follow from them, and the timeline starts
// with an entry that says which clocks run and why.
export const createIncident = async (
  deps: Deps & IncidentResponseDeps,
  ctx: RequestContext,
  input: TCreateIncident,
): Promise<TIncident> => {
  const ability = abilityOf(ctx);
  authorize(ability, 'create', 'Incident');
  const now = deps.now();
  const facts: IncidentFacts = {
    title: input.title,
    description: input.description,
    severity: input.severity,
    categories: input.categories,
    systemIds: [...new Set(input.systemIds)],
    occurredAt: normalise(input.occurredAt ?? null),
    detectedAt: normalise(input.detectedAt)!,
    awareAt: normalise(input.awareAt)!,
    reporter: input.reporter ?? null,
    status: 'open',
    containment: input.containment ?? null,
    rootCause: input.rootCause ?? null,
    correctiveActions: input.correctiveActions,
    personalData: input.personalData ?? null,
  };
  const errors = validateIncidentFacts(facts, now);
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'The incident facts do not fit together', { errors });
  const clocks = computeIncidentClocks(facts, ctx.tenant.id, now);
  const actor = auditActorOf(ctx.actor);
  const author = { type: actor.type === 'user' ? ('user' as const) : ('api_key' as const), id: actor.id };
  const view = await deps.runInTenant(ctx.tenant, async (repos) => {
    const owners = await resolveLinkedSystems(repos, facts.systemIds);
    // A system owner records incidents of the systems they own (one of them is enough).
    authorize(ability, 'create', 'Incident', incidentSubject({ systemOwnerIds: owners }));
    const created = await repos.incidents.insert({
      ...facts,
      id: newId(now.getTime()),
      createdBy: actorIdOf(ctx.actor),
      nextDueAt: nextDueAtOf(clocks.clocks),
    });
    const entry = (kind: NewTimelineEntry['kind'], note: string, at = now.toISOString()): NewTimelineEntry => ({
      at,
      kind,
      actor: author,
      note,
      changes: [],
      clockChanges: [],
      reason: null,
    });
    const started = clocks.clocks.map((c) => ({
      kind: c.kind,
      ruleId: c.ruleId,
      from: null,
      to: c.dueAt,
      change: 'started' as const,
    }));
    const timeline = [
      { ...entry('created', explainInitialClocks(clocks)), clockChanges: started },
      ...input.timelineEntries.map((e) => entry('note', e.note, normalise(e.at ?? null) ?? now.toISOString())),
    ];
    await repos.incidents.appendTimeline(created.id, timeline);
    await repos.audit.append({
      action: 'incident.created',
      targetType: 'Incident',
      targetId: created.id,
      actor,
      requestId: ctx.requestId,
      data: { after: { ...facts, id: created.id }, reportability: clocks.reportability, clocks: started },
    });
    return toIncidentView(created, await repos.incidents.listTimeline(created.id), ctx.tenant.id, now);
  });
  // Every incident gets its workflow: reminders and escalations for its clocks, now or once facts start one.
  await signalIncidentResponse(deps, { tenantId: ctx.tenant.id, incidentId: view.id }, 'start');
  return view;
};

import type { TCreateRegulatorRequest, TRegulatorRequest } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import { normalise } from '../incidents/normalise-instant.js';
import { authorOf } from './author-of.js';
import type { RegulatorRequestDeps } from './regulator-request-deps.js';
import type { NewRegulatorTimelineEntry, RegulatorRequestFacts } from './regulator-request-ports.js';
import { regulatorRequestSubject } from './regulator-request-subject.js';
import { toRegulatorRequestView } from './regulator-request-view.js';
import { checkRequestOwner, resolveRequestLinks } from './resolve-request-links.js';
import { syncRequestReminders } from './sync-request-reminders.js';
import { validateRegulatorRequest } from './validate-regulator-request.js';

// Records a request from an authority as received, then starts its reminder workflow.
export const createRegulatorRequest = async (
  deps: RegulatorRequestDeps,
  ctx: RequestContext,
  input: TCreateRegulatorRequest,
): Promise<TRegulatorRequest> => {
  const ability = abilityOf(ctx);
  authorize(ability, 'create', 'RegulatorRequest');
  const now = deps.now();
  const facts: RegulatorRequestFacts = {
    authority: input.authority,
    authorityName: input.authorityName ?? null,
    kind: input.kind,
    legalBasis: input.legalBasis ?? null,
    reference: input.reference ?? null,
    receivedAt: normalise(input.receivedAt)!,
    responseDueAt: normalise(input.responseDueAt ?? null),
    summary: input.summary,
    systemIds: [...new Set(input.systemIds)],
    incidentIds: [...new Set(input.incidentIds)],
    ownerId: input.ownerId ?? null,
    status: 'received',
    response: null,
  };
  const errors = validateRegulatorRequest(facts, now);
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'The request facts do not fit together', { errors });
  await checkRequestOwner(deps, ctx.tenant, facts.ownerId);
  const actor = auditActorOf(ctx.actor);
  const author = authorOf(ctx.actor);
  const created = await deps.runInTenant(ctx.tenant, async (repos) => {
    const owners = await resolveRequestLinks(repos, facts);
    authorize(ability, 'create', 'RegulatorRequest', regulatorRequestSubject({ systemOwnerIds: owners }));
    const record = await repos.regulatorRequests.insert({
      ...facts,
      id: newId(now.getTime()),
      createdBy: actorIdOf(ctx.actor),
    });
    const entry = (kind: NewRegulatorTimelineEntry['kind'], note: string, at: string): NewRegulatorTimelineEntry => ({
      at,
      kind,
      actor: author,
      note,
      changes: [],
      reason: null,
    });
    const due = facts.responseDueAt ? `, response due ${facts.responseDueAt}` : ', no response date given';
    await repos.regulatorRequests.appendTimeline(record.id, [
      entry(
        'created',
        `Received from ${facts.authorityName ?? facts.authority} (${facts.kind})${due}`,
        now.toISOString(),
      ),
      ...input.timelineEntries.map((e) => entry('note', e.note, normalise(e.at ?? null) ?? now.toISOString())),
    ]);
    await repos.audit.append({
      action: 'regulator_request.created',
      targetType: 'RegulatorRequest',
      targetId: record.id,
      actor,
      requestId: ctx.requestId,
      data: { after: { ...facts, id: record.id } },
    });
    return { record, timeline: await repos.regulatorRequests.listTimeline(record.id) };
  });
  await syncRequestReminders(deps.regulatorRequestReminders, ctx.tenant.id, created.record);
  return toRegulatorRequestView(created.record, created.timeline, now);
};

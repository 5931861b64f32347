import type { TRegulatorRequest, TUpdateRegulatorRequest } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize, authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { normalise } from '../incidents/normalise-instant.js';
import { authorOf } from './author-of.js';
import { checkRegulatorRequestTransition } from './check-regulator-request-transition.js';
import { diffRequestFacts } from './diff-request-facts.js';
import type { RegulatorRequestDeps } from './regulator-request-deps.js';
import type {
  NewRegulatorTimelineEntry,
  RegulatorRequestFacts,
  RegulatorRequestRecord,
} from './regulator-request-ports.js';
import { regulatorRequestSubject } from './regulator-request-subject.js';
import { toRegulatorRequestView } from './regulator-request-view.js';
import { checkRequestOwner, resolveRequestLinks } from './resolve-request-links.js';
import { syncRequestReminders } from './sync-request-reminders.js';
import { validateRegulatorRequest } from './validate-regulator-request.js';

export type UpdateRegulatorRequestInput = { id: string; expectedVersion: number; change: TUpdateRegulatorRequest };

const factsOf = (r: RegulatorRequestRecord): RegulatorRequestFacts => ({
  authority: r.authority,
  authorityName: r.authorityName,
  kind: r.kind,
  legalBasis: r.legalBasis,
  reference: r.reference,
  receivedAt: r.receivedAt,
  responseDueAt: r.responseDueAt,
  summary: r.summary,
  systemIds: r.systemIds,
  incidentIds: r.incidentIds,
  ownerId: r.ownerId,
  status: r.status,
  response: r.response,
});

const applyChange = (current: RegulatorRequestFacts, change: TUpdateRegulatorRequest): RegulatorRequestFacts => {
  const { timelineEntries: _notes, reason: _reason, response, ...rest } = change;
  const next: RegulatorRequestFacts = { ...current, ...rest };
  if (rest.systemIds) next.systemIds = [...new Set(rest.systemIds)];
  if (rest.incidentIds) next.incidentIds = [...new Set(rest.incidentIds)];
  if (rest.receivedAt) next.receivedAt = normalise(rest.receivedAt)!;
  if (rest.responseDueAt !== undefined) next.responseDueAt = normalise(rest.responseDueAt);
  if (response !== undefined)
    next.response = response && {
      ...response,
      sentAt: normalise(response.sentAt)!,
      reference: response.reference ?? null,
    };
  return next;
};

// The audit action of a change: the answer sent, a status move, or an edit.
const actionOf = (before: RegulatorRequestFacts, after: RegulatorRequestFacts, fields: string[]) => {
  if (after.status === 'responded' && (before.status !== 'responded' || fields.includes('response')))
    return 'regulator_request.responded';
  if (before.status !== after.status) return 'regulator_request.status_changed';
  return 'regulator_request.updated';
};

// Changes a request, records its response or moves its status (received → in_progress → responded → closed, reopen
// allowed); a new due date or status is signalled to the reminder workflow.
export const updateRegulatorRequest = async (
  deps: RegulatorRequestDeps,
  ctx: RequestContext,
  { id, expectedVersion, change }: UpdateRegulatorRequestInput,
): Promise<TRegulatorRequest> => {
  const ability = abilityOf(ctx);
  const now = deps.now();
  const result = await deps.runInTenant(ctx.tenant, async (repos) => {
    const current = await repos.regulatorRequests.findById(id);
    if (!current) throw new AppError('NOT_FOUND', 'Regulator request not found');
    authorizeRead(ability, 'RegulatorRequest', regulatorRequestSubject(current), 'Regulator request');
    authorize(ability, 'update', 'RegulatorRequest', regulatorRequestSubject(current));
    if (current.version !== expectedVersion)
      throw new AppError('PRECONDITION_FAILED', 'The request changed since you read it; reload and retry');
    const before = factsOf(current);
    const next = applyChange(before, change);
    const errors = validateRegulatorRequest(next, now);
    if (errors.length) throw new AppError('VALIDATION_FAILED', 'The request facts do not fit together', { errors });
    if (change.ownerId !== undefined) await checkRequestOwner(deps, ctx.tenant, next.ownerId);
    const relinked = change.systemIds !== undefined || change.incidentIds !== undefined;
    const owners = relinked ? await resolveRequestLinks(repos, next) : current.systemOwnerIds;
    authorize(ability, 'update', 'RegulatorRequest', regulatorRequestSubject({ systemOwnerIds: owners }));
    const refusal = checkRegulatorRequestTransition(current.status, next);
    if (refusal) throw new AppError('CONFLICT', refusal);

    const changes = diffRequestFacts(before, next);
    const notes = change.timelineEntries ?? [];
    // Sending what is already stored writes nothing (a retried PATCH answers the same).
    if (changes.length === 0 && notes.length === 0)
      return { record: current, timeline: await repos.regulatorRequests.listTimeline(id), changed: false };
    const updated = await repos.regulatorRequests.update(id, expectedVersion, next);
    if (!updated) throw new AppError('PRECONDITION_FAILED', 'The request changed since you read it; reload and retry');

    const author = authorOf(ctx.actor);
    const reason = change.reason ?? null;
    const at = now.toISOString();
    const fields = changes.map((c) => c.field);
    const action = actionOf(before, next, fields);
    const entries: NewRegulatorTimelineEntry[] = [];
    if (action === 'regulator_request.responded')
      entries.push({
        at,
        kind: 'responded',
        actor: author,
        note: `Response sent via ${next.response!.channel}`,
        changes,
        reason,
      });
    else if (action === 'regulator_request.status_changed')
      entries.push({
        at,
        kind: 'status_changed',
        actor: author,
        note: `Status ${before.status} → ${next.status}`,
        changes,
        reason,
      });
    else if (changes.length)
      entries.push({ at, kind: 'updated', actor: author, note: `Changed ${fields.join(', ')}`, changes, reason });
    for (const n of notes)
      entries.push({
        at: normalise(n.at ?? null) ?? at,
        kind: 'note',
        actor: author,
        note: n.note,
        changes: [],
        reason: null,
      });
    await repos.regulatorRequests.appendTimeline(id, entries);
    await repos.audit.append({
      action,
      targetType: 'RegulatorRequest',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { changes, reason, notes: notes.length, version: updated.version },
    });
    return { record: updated, timeline: await repos.regulatorRequests.listTimeline(id), changed: true };
  });
  if (result.changed) await syncRequestReminders(deps.regulatorRequestReminders, ctx.tenant.id, result.record);
  return toRegulatorRequestView(result.record, result.timeline, now);
};

import type { TIncident, TUpdateIncident } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize, authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { checkIncidentTransition } from './check-incident-transition.js';
import { diffClocks, diffIncidentFacts, explainClockChange } from './describe-incident-change.js';
import type { IncidentFacts, IncidentRecord, NewTimelineEntry } from './incident-ports.js';
import { incidentSubject } from './incident-subject.js';
import { computeIncidentClocks, nextDueAtOf, toIncidentView } from './incident-view.js';
import type { IncidentResponseDeps } from './incident-response-ports.js';
import { normalise } from './normalise-instant.js';
import { resolveLinkedSystems } from './resolve-linked-systems.js';
import { signalIncidentResponse } from './signal-incident-response.js';
import { validateIncidentFacts } from './validate-incident-facts.js';

export type UpdateIncidentInput = { id: string; expectedVersion: number; change: TUpdateIncident };

// Fields whose change can move a regulatory clock.
const CLOCK_FIELDS = new Set<keyof IncidentFacts>(['awareAt', 'personalData', 'categories']);

// The writable facts of a stored incident (not its id, version, timestamps or owners).
const factsOf = (r: IncidentRecord): IncidentFacts => ({
  title: r.title,
  description: r.description,
  severity: r.severity,
  categories: r.categories,
  systemIds: r.systemIds,
  occurredAt: r.occurredAt,
  detectedAt: r.detectedAt,
  awareAt: r.awareAt,
  reporter: r.reporter,
  status: r.status,
  containment: r.containment,
  rootCause: r.rootCause,
  correctiveActions: r.correctiveActions,
  personalData: r.personalData,
});

const applyChange = (current: IncidentFacts, change: TUpdateIncident): IncidentFacts => {
  const { personalData, timelineEntries: _notes, reason: _reason, ...rest } = change;
  const next: IncidentFacts = { ...current, ...rest };
  if (rest.systemIds) next.systemIds = [...new Set(rest.systemIds)];
  if (rest.occurredAt !== undefined) next.occurredAt = normalise(rest.occurredAt);
  if (rest.detectedAt) next.detectedAt = normalise(rest.detectedAt)!;
  if (rest.awareAt) next.awareAt = normalise(rest.awareAt)!;
  if (personalData === null) next.personalData = null;
  else if (personalData) {
    // New facts merge into what is known; a first report of personal data starts from the defaults.
    const base = current.personalData ?? {
      affectedCount: null,
      affectedCountEstimated: false,
      sensitive: false,
      financialLossRisk: false,
      wrongfulPurpose: false,
      highlyEncrypted: false,
      processorFor: null,
    };
    next.personalData = { ...base, ...personalData };
  }
  return next;
};

// Changes an incident. Changed facts recompute the reportability and clocks, and the timeline records what changed
// and why the clocks moved; a status change must follow open → contained → resolved → closed (reopen allowed).
export const updateIncident = async (
  deps: Deps & IncidentResponseDeps,
  ctx: RequestContext,
  { id, expectedVersion, change }: UpdateIncidentInput,
): Promise<TIncident> => {
  const ability = abilityOf(ctx);
  const now = deps.now();
  const view = await deps.runInTenant(ctx.tenant, async (repos) => {
    const current = await repos.incidents.findById(id);
    if (!current) throw new AppError('NOT_FOUND', 'Incident not found');
    authorizeRead(ability, 'Incident', incidentSubject(current), 'Incident');
    authorize(ability, 'update', 'Incident', incidentSubject(current));
    if (current.version !== expectedVersion)
      throw new AppError('PRECONDITION_FAILED', 'The incident changed since you read it; reload and retry');
    const next = applyChange(factsOf(current), change);
    const errors = validateIncidentFacts(next, now);
    if (errors.length) throw new AppError('VALIDATION_FAILED', 'The incident facts do not fit together', { errors });
    const owners = change.systemIds ? await resolveLinkedSystems(repos, next.systemIds) : current.systemOwnerIds;
    // Nobody relinks an incident away from what they may change.
    authorize(ability, 'update', 'Incident', incidentSubject({ systemOwnerIds: owners }));
    const refusal = checkIncidentTransition(current.status, next);
    if (refusal) throw new AppError('CONFLICT', refusal);

    const before = computeIncidentClocks(current, ctx.tenant.id, now);
    const after = computeIncidentClocks({ ...next, filedClocks: current.filedClocks }, ctx.tenant.id, now);
    const clockChanges = diffClocks(before.clocks, after.clocks);
    const changes = diffIncidentFacts(factsOf(current), next);
    const factChanges = changes.filter((c) => c.field !== 'status');
    const notes = change.timelineEntries ?? [];
    // Sending what is already stored writes nothing (a retried PATCH answers the same).
    if (changes.length === 0 && notes.length === 0)
      return toIncidentView(current, await repos.incidents.listTimeline(id), ctx.tenant.id, now);

    const { systemIds: _ids, ...stored } = next;
    const updated = await repos.incidents.update(id, expectedVersion, {
      ...stored,
      ...(change.systemIds ? { systemIds: next.systemIds } : {}),
      nextDueAt: nextDueAtOf(after.clocks),
    });
    if (!updated) throw new AppError('PRECONDITION_FAILED', 'The incident changed since you read it; reload and retry');

    const actor = auditActorOf(ctx.actor);
    const author = { type: actor.type === 'user' ? ('user' as const) : ('api_key' as const), id: actor.id };
    const reason = change.reason ?? null;
    const at = now.toISOString();
    const entries: NewTimelineEntry[] = [];
    if (current.status !== next.status) {
      entries.push({
        at,
        kind: 'status_changed',
        actor: author,
        note: `Status ${current.status} → ${next.status}`,
        changes: changes.filter((c) => c.field === 'status'),
        clockChanges: [],
        reason,
      });
    }
    if (factChanges.length) {
      const movesClocks = factChanges.some((c) => CLOCK_FIELDS.has(c.field as keyof IncidentFacts));
      const why = movesClocks ? explainClockChange({ ...current, ...before }, { ...next, ...after }, clockChanges) : '';
      const fields = factChanges.map((c) => c.field).join(', ');
      entries.push({
        at,
        kind: movesClocks ? 'facts_changed' : 'updated',
        actor: author,
        note: `Changed ${fields}${why ? `. Clocks: ${why}` : ''}`,
        changes: factChanges,
        clockChanges,
        reason,
      });
    }
    for (const n of notes)
      entries.push({
        at: normalise(n.at ?? null) ?? at,
        kind: 'note',
        actor: author,
        note: n.note,
        changes: [],
        clockChanges: [],
        reason: null,
      });
    await repos.incidents.appendTimeline(id, entries);
    await repos.audit.append({
      action: current.status !== next.status ? 'incident.status_changed' : 'incident.updated',
      targetType: 'Incident',
      targetId: id,
      actor,
      requestId: ctx.requestId,
      // Field names and clock moves only: the webhook event is built from this, and free text stays in the record.
      data: {
        incidentId: id,
        fields: changes.map((c) => c.field),
        ...(current.status !== next.status && { status: { from: current.status, to: next.status } }),
        ...(change.title !== undefined && current.title !== next.title && { title: next.title }),
        clockChanges,
        notes: notes.length,
        version: updated.version,
      },
    });
    return toIncidentView(updated, await repos.incidents.listTimeline(id), ctx.tenant.id, now);
  });
  // The workflow re-reads the clocks and the status (closed: it completes; reopened: it starts again).
  const ref = { tenantId: ctx.tenant.id, incidentId: id };
  await signalIncidentResponse(deps, ref, view.status === 'closed' ? 'close' : 'refresh');
  return view;
};

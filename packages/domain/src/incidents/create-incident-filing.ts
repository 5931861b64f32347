import type { TCreateIncidentFiling, TIncidentFiling } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize, authorizeRead } from '../authorize.js';
import { AppError, type FieldError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import type { IncidentResponseDeps } from './incident-response-ports.js';
import { incidentSubject } from './incident-subject.js';
import { computeIncidentClocks, nextDueAtOf } from './incident-view.js';
import { normalise } from './normalise-instant.js';
import { signalIncidentResponse } from './signal-incident-response.js';

export type CreateIncidentFilingInput = { incidentId: string; filing: TCreateIncidentFiling };

// A caller's clock may run a little ahead of ours.
const FUTURE_SKEW_MS = 5 * 60_000;

// Records that the report a clock asks for was made (who, when, how, the receipt number): the clock stops, the
// timeline and the audit trail say so, and the incident's workflow re-reads its clocks.
export const createIncidentFiling = async (
  deps: Deps & IncidentResponseDeps,
  ctx: RequestContext,
  { incidentId, filing }: CreateIncidentFilingInput,
): Promise<TIncidentFiling> => {
  const ability = abilityOf(ctx);
  const now = deps.now();
  const created = await deps.runInTenant(ctx.tenant, async (repos) => {
    const incident = await repos.incidents.findById(incidentId);
    if (!incident) throw new AppError('NOT_FOUND', 'Incident not found');
    authorizeRead(ability, 'Incident', incidentSubject(incident), 'Incident');
    authorize(ability, 'update', 'Incident', incidentSubject(incident));

    const filedAt = normalise(filing.filedAt ?? null) ?? now.toISOString();
    const errors: FieldError[] = [];
    if (Date.parse(filedAt) > now.getTime() + FUTURE_SKEW_MS)
      errors.push({ path: 'body.filedAt', message: 'must not be in the future' });
    if (Date.parse(filedAt) < Date.parse(incident.awareAt))
      errors.push({ path: 'body.filedAt', message: 'must not be before the incident’s awareAt' });
    const { clocks } = computeIncidentClocks(incident, ctx.tenant.id, now);
    const clock = clocks.find((c) => c.kind === filing.clockKind);
    if (!clock) {
      const running = clocks.map((c) => c.kind).join(', ') || 'none';
      errors.push({
        path: 'body.clockKind',
        message: `the incident’s facts start no ${filing.clockKind} clock (its clocks: ${running})`,
      });
    }
    if (errors.length || !clock)
      throw new AppError('VALIDATION_FAILED', 'The filing does not fit the incident', { errors });
    if (clock.status === 'filed') throw new AppError('CONFLICT', `The ${clock.kind} report was already filed`);

    const record = await repos.incidentFilings.insert({
      id: newId(now.getTime()),
      incidentId,
      clockKind: clock.kind,
      ruleId: clock.ruleId,
      filedAt,
      filedBy: actorIdOf(ctx.actor),
      channel: filing.channel,
      reference: filing.reference ?? null,
      note: filing.note ?? null,
      documentUrl: filing.documentUrl ?? null,
    });
    if (!record) throw new AppError('CONFLICT', `The ${clock.kind} report was already filed`);

    const remaining = clocks.map((c) => (c.kind === clock.kind ? { ...c, status: 'filed' as const } : c));
    await repos.incidents.touch(incidentId, nextDueAtOf(remaining));
    const actor = auditActorOf(ctx.actor);
    await repos.incidents.appendTimeline(incidentId, [
      {
        at: now.toISOString(),
        kind: 'report_filed',
        actor: { type: actor.type === 'user' ? 'user' : 'api_key', id: actor.id },
        note: `Filed the ${clock.label.en} (${filing.channel})${record.reference ? `, reference ${record.reference}` : ''}`,
        changes: [],
        clockChanges: [{ kind: clock.kind, ruleId: clock.ruleId, from: clock.dueAt, to: null, change: 'stopped' }],
        reason: null,
      },
    ]);
    await repos.audit.append({
      action: 'incident.report.filed',
      targetType: 'Incident',
      targetId: incidentId,
      actor,
      requestId: ctx.requestId,
      data: {
        incidentId,
        filingId: record.id,
        clockKind: clock.kind,
        ruleId: clock.ruleId,
        dueAt: clock.dueAt,
        filedAt,
        late: clock.dueAt !== null && Date.parse(filedAt) > Date.parse(clock.dueAt),
        channel: record.channel,
        reference: record.reference,
      },
    });
    return record;
  });
  // After the commit: the workflow reads the clocks from the database, so it must see the filing.
  await signalIncidentResponse(deps, { tenantId: ctx.tenant.id, incidentId }, 'refresh');
  return created;
};

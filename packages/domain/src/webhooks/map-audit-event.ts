import type { TAuditEvent, TWebhookEventType } from '@kizuna/contracts';

// Which webhook events an audit event stands for, with a curated `data`: ids, kinds, states and dates, never the
// audit data as such (it may hold personal facts, free text, or the signer's name).

export type MappedWebhookEvent = { type: TWebhookEventType; data: Record<string, unknown> };

type Data = Record<string, unknown>;
// The audit event with its data read as an object.
type Ev = Omit<TAuditEvent, 'data'> & { data: Data };

const pick = (data: Data, keys: string[]): Data =>
  Object.fromEntries(
    keys.flatMap((k) => {
      const v = data[k];
      const scalar = v === null || ['string', 'number', 'boolean'].includes(typeof v);
      const list = Array.isArray(v) && v.every((x) => typeof x === 'string');
      return scalar || list ? [[k, v]] : [];
    }),
  );

const asData = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {});

const incidentCreated = (e: Ev): Data => {
  const after = asData(e.data.after);
  return {
    incidentId: e.targetId,
    ...pick(after, ['severity', 'status', 'categories', 'systemIds', 'awareAt']),
    reportable: asData(e.data.reportability).reportable === true,
  };
};

const incidentUpdated = (e: Ev): Data => {
  const changes = Array.isArray(e.data.changes) ? (e.data.changes as Data[]) : [];
  const status = changes.find((c) => c.field === 'status');
  return {
    incidentId: e.targetId,
    changedFields: changes.map((c) => String(c.field)),
    ...(status ? { status: status.to } : {}),
    ...pick(e.data, ['version']),
  };
};

// The clock and filing events are written by the incident workflow; only their keys and dates travel.
const incidentClock = (e: Ev): Data => ({
  incidentId: e.targetId,
  ...pick(e.data, ['kind', 'ruleId', 'dueAt', 'dueDate', 'status', 'channel', 'filedAt', 'daysBefore']),
});

const LIFECYCLE = 'lifecycle.';

const lifecycleEvents = (e: Ev): MappedWebhookEvent[] => {
  const action = e.action.slice(LIFECYCLE.length);
  const systemId = e.targetId;
  const from = typeof e.data.from === 'string' ? e.data.from : null;
  const to = typeof e.data.to === 'string' ? e.data.to : null;
  const assessmentId = typeof e.data.assessmentId === 'string' ? { assessmentId: e.data.assessmentId } : {};
  const events: MappedWebhookEvent[] = [];
  if (action === 'assessment.submitted')
    events.push({ type: 'signoff.requested', data: { systemId, ...assessmentId, ...pick(e.data, ['tier']) } });
  if (action === 'signoff.approved' || action === 'signoff.rejected')
    events.push({
      type: 'signoff.decided',
      data: { systemId, ...assessmentId, decision: action === 'signoff.approved' ? 'approved' : 'rejected' },
    });
  if (action.startsWith('review.opened.'))
    events.push({
      type: 'review.opened',
      data: { systemId, reason: action.slice('review.opened.'.length), ...assessmentId },
    });
  if (from !== null && to !== null && from !== to)
    events.push({ type: 'lifecycle.state_changed', data: { systemId, from, to, transition: action } });
  return events;
};

export const mapAuditEvent = (event: TAuditEvent): MappedWebhookEvent[] => {
  const e: Ev = { ...event, data: asData(event.data) };
  switch (e.action) {
    case 'incident.created':
      return [{ type: 'incident.created', data: incidentCreated(e) }];
    case 'incident.updated':
    case 'incident.status_changed':
      return [{ type: 'incident.updated', data: incidentUpdated(e) }];
    case 'incident.clock.approaching':
    case 'incident.clock.missed':
    case 'incident.report.filed':
      return [{ type: e.action, data: incidentClock(e) }];
    case 'feedback.received':
      return [
        { type: 'feedback.received', data: { feedbackId: e.targetId, ...pick(e.data, ['systemId', 'language']) } },
      ];
    default:
      return e.action.startsWith(LIFECYCLE) ? lifecycleEvents(e) : [];
  }
};

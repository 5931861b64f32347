import type { TAuditEvent } from '@kizuna/contracts';
import { describe, expect, it } from 'vitest';
import { mapAuditEvent } from './map-audit-event.js';

const event = (action: string, data: Record<string, unknown>, targetId = 'target-1'): TAuditEvent => ({
  seq: 7,
  occurredAt: '2026-12-02T00:00:00.000Z',
  actorType: 'user',
  actorId: 'u-1',
  action,
  targetType: 'Any',
  targetId,
  requestId: null,
  changeDigest: 'd',
  data,
  prevHash: 'p',
  hash: 'h',
});

const typesOf = (action: string, data: Record<string, unknown> = {}) =>
  mapAuditEvent(event(action, data)).map((m) => m.type);

describe('audit action → webhook event types', () => {
  // prettier-ignore
  const CASES: [string, Record<string, unknown>, string[]][] = [
    ['incident.created',                    {},                                   ['incident.created']],
    ['incident.updated',                    {},                                   ['incident.updated']],
    ['incident.status_changed',             {},                                   ['incident.updated']],
    ['incident.clock.approaching',          {},                                   ['incident.clock.approaching']],
    ['incident.clock.missed',               {},                                   ['incident.clock.missed']],
    ['incident.report.filed',               {},                                   ['incident.report.filed']],
    ['feedback.received',                   {},                                   ['feedback.received']],
    ['lifecycle.assessment.started',        { from: 'draft', to: 'assessment' },   ['lifecycle.state_changed']],
    ['lifecycle.assessment.submitted',      { from: 'assessment', to: 'signoff' }, ['signoff.requested', 'lifecycle.state_changed']],
    ['lifecycle.signoff.approved',          { from: 'signoff', to: 'active' },     ['signoff.decided', 'lifecycle.state_changed']],
    ['lifecycle.signoff.rejected',          { from: 'signoff', to: 'assessment' }, ['signoff.decided', 'lifecycle.state_changed']],
    ['lifecycle.signoff.approval_recorded', { from: 'signoff', to: 'signoff' },    []],
    ['lifecycle.review.opened.periodic',    { from: 'active', to: 'review' },      ['review.opened', 'lifecycle.state_changed']],
    ['lifecycle.review.opened.incident',    { from: 'active', to: 'review' },      ['review.opened', 'lifecycle.state_changed']],
    ['lifecycle.system.retired',            { from: 'active', to: 'retired' },     ['lifecycle.state_changed']],
    ['lifecycle.system.reinstated_for_review', { from: 'retired', to: 'review' },  ['lifecycle.state_changed']],
    ['lifecycle.condition.lapsed',          { from: 'active', to: 'review' },      ['lifecycle.state_changed']],
    ['signoff.approve',                     {},                                   []],
    ['ai_system.updated',                   {},                                   []],
    ['api_key.created',                     {},                                   []],
  ];
  it.each(CASES)('when the audit action is %s (%j), then the webhook events are %j', (action, data, types) => {
    expect(typesOf(action, data)).toEqual(types);
  });
});

describe('curated data', () => {
  it('when an incident is created, then only ids, kinds and states travel, never its text or personal facts', () => {
    const [mapped] = mapAuditEvent(
      event(
        'incident.created',
        {
          after: {
            title: 'Leak of Tanaka Hanako’s file',
            description: 'secret detail',
            severity: 'high',
            status: 'open',
            categories: ['personal_data_breach'],
            systemIds: ['s-1'],
            personalData: { affectedCount: 1200 },
            reporter: 'Sato',
          },
          reportability: { reportable: true, basis: ['over_1000_people'] },
        },
        'inc-1',
      ),
    );
    expect(mapped!.data).toEqual({
      incidentId: 'inc-1',
      severity: 'high',
      status: 'open',
      categories: ['personal_data_breach'],
      systemIds: ['s-1'],
      reportable: true,
    });
    expect(JSON.stringify(mapped)).not.toMatch(/Tanaka|secret detail|Sato|1200/);
  });

  it('when a sign-off is rejected, then the comment stays behind', () => {
    const [decided] = mapAuditEvent(
      event(
        'lifecycle.signoff.rejected',
        { from: 'signoff', to: 'assessment', assessmentId: 'a-1', comment: 'No.' },
        'sys-1',
      ),
    );
    expect(decided).toEqual({
      type: 'signoff.decided',
      data: { systemId: 'sys-1', assessmentId: 'a-1', decision: 'rejected' },
    });
  });

  it('when an incident changes status, then the new status and the changed field names travel, not the values', () => {
    const [updated] = mapAuditEvent(
      event('incident.status_changed', {
        changes: [
          { field: 'status', from: 'open', to: 'contained' },
          { field: 'containment', from: null, to: 'Disabled the export of Suzuki’s data' },
        ],
        version: 3,
      }),
    );
    expect(updated!.data).toEqual({
      incidentId: 'target-1',
      changedFields: ['status', 'containment'],
      status: 'contained',
      version: 3,
    });
  });
});

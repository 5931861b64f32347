import type { TRegulatorRequest, TRegulatorRequestSummary, TRegulatorTimelineEntry } from '@kizuna/contracts';
import { tokyoDateOf } from '../incidents/japanese-period.js';
import type { RegulatorRequestFacts, RegulatorRequestRecord } from './regulator-request-ports.js';
import type { ReminderSchedule } from './reminders/reminder-model.js';

const UNANSWERED = new Set<RegulatorRequestFacts['status']>(['received', 'in_progress']);

/** Due, passed, and not yet answered at `now`. */
export const isOverdue = (r: Pick<RegulatorRequestFacts, 'status' | 'responseDueAt'>, now: Date): boolean =>
  UNANSWERED.has(r.status) && r.responseDueAt !== null && Date.parse(r.responseDueAt) < now.getTime();

export const scheduleOf = (r: RegulatorRequestRecord): ReminderSchedule => ({
  version: r.version,
  status: r.status,
  responseDueAt: r.responseDueAt,
});

export const toRegulatorRequestSummary = (record: RegulatorRequestRecord, now: Date): TRegulatorRequestSummary => {
  const { systemOwnerIds: _owners, ...stored } = record;
  return {
    ...stored,
    responseDueDate: record.responseDueAt ? tokyoDateOf(Date.parse(record.responseDueAt)) : null,
    overdue: isOverdue(record, now),
  };
};

export const toRegulatorRequestView = (
  record: RegulatorRequestRecord,
  timeline: TRegulatorTimelineEntry[],
  now: Date,
): TRegulatorRequest => ({ ...toRegulatorRequestSummary(record, now), timeline });

import type { Filter } from '@kizuna/authz';
import type { TRegulatorRequestSummary, TRegulatorRequestsQuery, TRegulatorTimelineEntry } from '@kizuna/contracts';
import type { Page } from '../page.js';
import type { ReminderAlert, ReminderSchedule } from './reminders/reminder-model.js';

/** The facts of a request that officers and integrators write. */
export type RegulatorRequestFacts = Pick<
  TRegulatorRequestSummary,
  | 'authority'
  | 'authorityName'
  | 'kind'
  | 'legalBasis'
  | 'reference'
  | 'receivedAt'
  | 'responseDueAt'
  | 'summary'
  | 'systemIds'
  | 'incidentIds'
  | 'ownerId'
  | 'status'
  | 'response'
>;

/** A request as stored, with the owners of its linked systems (read fresh: the permission rules look at them). */
export type RegulatorRequestRecord = RegulatorRequestFacts & {
  id: string;
  createdBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  systemOwnerIds: string[];
};

export type NewRegulatorRequest = RegulatorRequestFacts & { id: string; createdBy: string };
export type RegulatorRequestChange = Partial<RegulatorRequestFacts>;
export type NewRegulatorTimelineEntry = Omit<TRegulatorTimelineEntry, 'seq'>;
export type RegulatorRequestListQuery = TRegulatorRequestsQuery & { now: Date };

// The register of requests from authorities. packages/db implements it.
export type RegulatorRequestRepo = {
  insert(request: NewRegulatorRequest): Promise<RegulatorRequestRecord>;
  findById(id: string): Promise<RegulatorRequestRecord | null>;
  list(filter: Filter, query: RegulatorRequestListQuery): Promise<Page<RegulatorRequestRecord>>;
  // Applies the change only if the row is still at `expectedVersion`; null when it was not.
  update(id: string, expectedVersion: number, change: RegulatorRequestChange): Promise<RegulatorRequestRecord | null>;
  appendTimeline(requestId: string, entries: NewRegulatorTimelineEntry[]): Promise<void>;
  listTimeline(requestId: string): Promise<TRegulatorTimelineEntry[]>;
  /** The requests linked to one AI system, newest first (for its dossier). */
  listForSystem(systemId: string): Promise<RegulatorRequestRecord[]>;
  /** Every request not yet answered (received or in progress). */
  listOpen(): Promise<RegulatorRequestRecord[]>;
};

// Reminders and overdue notices sent, one row per key (packages/db implements it).
export type RegulatorRequestAlertRepo = {
  /** Records the alert; false when one with this key was already recorded (nothing is written then). */
  record(requestId: string, alert: ReminderAlert): Promise<boolean>;
};

// Starts or tells the request's reminder workflow (signal-with-start); workflows/ implements it.
export type RegulatorRequestReminders = {
  sync(tenantId: string, requestId: string, schedule: ReminderSchedule): Promise<void>;
};

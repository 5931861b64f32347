import type { Filter } from '@kizuna/authz';
import type { TIncidentsQuery, TIncidentSummary, TTimelineEntry } from '@kizuna/contracts';
import type { Page } from '../page.js';

/** The facts of an incident that people and integrators write. */
export type IncidentFacts = Pick<
  TIncidentSummary,
  | 'title'
  | 'description'
  | 'severity'
  | 'categories'
  | 'systemIds'
  | 'occurredAt'
  | 'detectedAt'
  | 'awareAt'
  | 'reporter'
  | 'status'
  | 'containment'
  | 'rootCause'
  | 'correctiveActions'
  | 'personalData'
>;

/** An incident as stored, with the owners of its linked systems (read fresh: the permission rules look at them). */
export type IncidentRecord = IncidentFacts & {
  id: string;
  createdBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  systemOwnerIds: string[];
  /** The reports filed against its clocks (read with the row: a filed clock stops). */
  filedClocks: FiledClock[];
};

export type FiledClock = { clockKind: string; filingId: string; filedAt: string };

export type NewIncident = IncidentFacts & { id: string; createdBy: string; nextDueAt: string | null };
export type IncidentChange = Partial<IncidentFacts> & { nextDueAt: string | null };
export type NewTimelineEntry = Omit<TTimelineEntry, 'seq'>;
export type IncidentListQuery = TIncidentsQuery & { now: Date };

// The incident register. packages/db implements it.
export type IncidentRepo = {
  insert(incident: NewIncident): Promise<IncidentRecord>;
  findById(id: string): Promise<IncidentRecord | null>;
  list(filter: Filter, query: IncidentListQuery): Promise<Page<IncidentRecord>>;
  // Applies the change only if the row is still at `expectedVersion`; null when it was not.
  update(id: string, expectedVersion: number, change: IncidentChange): Promise<IncidentRecord | null>;
  // A change the incident's own writes did not ask for (a filing stopped a clock): new nextDueAt, next version.
  touch(id: string, nextDueAt: string | null): Promise<IncidentRecord>;
  // Open incidents whose next unfiled clock is due before `before` (the sweep's backstop), oldest deadline first.
  listDueIds(before: Date, limit: number): Promise<string[]>;
  appendTimeline(incidentId: string, entries: NewTimelineEntry[]): Promise<void>;
  listTimeline(incidentId: string): Promise<TTimelineEntry[]>;
};

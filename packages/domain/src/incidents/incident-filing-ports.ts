import type { TIncidentFiling } from '@kizuna/contracts';

export type NewIncidentFiling = TIncidentFiling;

// Reports filed against incident clocks. packages/db implements it.
export type IncidentFilingRepo = {
  // null when the clock already has a filing (the unique key refused it): the caller answers 409.
  insert(filing: NewIncidentFiling): Promise<TIncidentFiling | null>;
  listForIncident(incidentId: string): Promise<TIncidentFiling[]>;
};

import type { IncidentRecord } from './incident-ports.js';

// What the permission rules read on an incident. It may affect several systems, so `systemOwnerId` holds every
// owner: a Mongo-style condition `{ systemOwnerId: me }` matches when one of them is me (an array field matches
// when any element does), the same meaning the SQL list filter gives it (EXISTS over the linked systems).
export const incidentSubject = (incident: Pick<IncidentRecord, 'systemOwnerIds'>) => ({
  systemOwnerId: incident.systemOwnerIds,
});

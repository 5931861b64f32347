import type { IncidentAlertRepo } from '@kizuna/domain';
import type { Executor } from '../connection.js';
import { incidentClockAlerts } from '../schema/tenant-incidents.js';

// The once-only record of each reminder and escalation: the primary key refuses a second one.
export const createIncidentAlertRepo = (db: Executor): IncidentAlertRepo => ({
  async recordOnce({ incidentId, clockKind, dueAt, alert }) {
    const rows = await db
      .insert(incidentClockAlerts)
      .values({ incidentId, clockKind, dueAt: new Date(dueAt), alert })
      .onConflictDoNothing()
      .returning({ incidentId: incidentClockAlerts.incidentId });
    return rows.length === 1;
  },
});

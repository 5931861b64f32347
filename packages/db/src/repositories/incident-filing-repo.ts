import type { TIncidentFiling } from '@kizuna/contracts';
import type { IncidentFilingRepo } from '@kizuna/domain';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { incidentFilings } from '../schema/tenant-incidents.js';

type Row = typeof incidentFilings.$inferSelect;

const toFiling = (row: Row): TIncidentFiling => ({
  id: row.id,
  incidentId: row.incidentId,
  clockKind: row.clockKind as TIncidentFiling['clockKind'],
  ruleId: row.ruleId,
  filedAt: row.filedAt.toISOString(),
  filedBy: row.filedBy,
  channel: row.channel as TIncidentFiling['channel'],
  reference: row.reference,
  note: row.note,
  documentUrl: row.documentUrl,
});

export const createIncidentFilingRepo = (db: Executor): IncidentFilingRepo => ({
  async insert(filing) {
    // The (incident, clock kind) key settles two filings racing for the same report: the second gets nothing.
    const [row] = await db
      .insert(incidentFilings)
      .values({ ...filing, filedAt: new Date(filing.filedAt) })
      .onConflictDoNothing({ target: [incidentFilings.incidentId, incidentFilings.clockKind] })
      .returning();
    return row ? toFiling(row) : null;
  },
  async listForIncident(incidentId) {
    const rows = await db
      .select()
      .from(incidentFilings)
      .where(eq(incidentFilings.incidentId, incidentId))
      .orderBy(asc(incidentFilings.filedAt), asc(incidentFilings.id));
    return rows.map(toFiling);
  },
});

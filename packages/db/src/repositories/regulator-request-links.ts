import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { regulatorRequestIncidents, regulatorRequestSystems } from '../schema/tenant-regulator-requests.js';
import { aiSystems } from '../schema/tenant.js';

export type RequestLinks = { systemIds: string[]; incidentIds: string[]; ownerIds: string[] };

// The systems (with their owners, read fresh) and incidents each request links, for a page of requests.
export const loadRequestLinks = async (db: Executor, ids: string[]): Promise<Map<string, RequestLinks>> => {
  const links = new Map<string, RequestLinks>();
  if (ids.length === 0) return links;
  const entry = (id: string) => {
    const found = links.get(id) ?? { systemIds: [], incidentIds: [], ownerIds: [] };
    links.set(id, found);
    return found;
  };
  const systems = await db
    .select({
      requestId: regulatorRequestSystems.requestId,
      systemId: regulatorRequestSystems.systemId,
      ownerId: aiSystems.ownerId,
    })
    .from(regulatorRequestSystems)
    .innerJoin(aiSystems, eq(aiSystems.id, regulatorRequestSystems.systemId))
    .where(inArray(regulatorRequestSystems.requestId, ids))
    .orderBy(asc(regulatorRequestSystems.systemId));
  for (const row of systems) {
    const e = entry(row.requestId);
    e.systemIds.push(row.systemId);
    if (row.ownerId && !e.ownerIds.includes(row.ownerId)) e.ownerIds.push(row.ownerId);
  }
  const incidents = await db
    .select()
    .from(regulatorRequestIncidents)
    .where(inArray(regulatorRequestIncidents.requestId, ids))
    .orderBy(asc(regulatorRequestIncidents.incidentId));
  for (const row of incidents) entry(row.requestId).incidentIds.push(row.incidentId);
  return links;
};

export const replaceRequestLinks = async (
  db: Executor,
  requestId: string,
  links: { systemIds?: string[] | undefined; incidentIds?: string[] | undefined },
) => {
  if (links.systemIds) {
    await db.delete(regulatorRequestSystems).where(eq(regulatorRequestSystems.requestId, requestId));
    if (links.systemIds.length)
      await db.insert(regulatorRequestSystems).values(links.systemIds.map((systemId) => ({ requestId, systemId })));
  }
  if (links.incidentIds) {
    await db.delete(regulatorRequestIncidents).where(eq(regulatorRequestIncidents.requestId, requestId));
    if (links.incidentIds.length)
      await db
        .insert(regulatorRequestIncidents)
        .values(links.incidentIds.map((incidentId) => ({ requestId, incidentId })));
  }
};

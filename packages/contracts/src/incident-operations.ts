import { ZTenantObjectParams, ZTenantParams, zPage } from './common.js';
import { ZCreateIncident, ZIncident, ZIncidentSummary, ZIncidentsQuery, ZUpdateIncident } from './incidents.js';
import type { Operation } from './operation.js';

const I = '/api/v1/tenants/{tenant}/incidents';

export const INCIDENT_OPERATIONS = {
  listIncidents: {
    id: 'listIncidents',
    method: 'get',
    path: I,
    summary: 'List the incidents the caller may read, with their reportability and regulatory clocks',
    tag: 'incidents',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    query: ZIncidentsQuery,
    success: { status: 200, schema: zPage(ZIncidentSummary) },
  },
  createIncident: {
    id: 'createIncident',
    method: 'post',
    path: I,
    summary: 'Record an incident; its APPI reportability and clocks are computed from its facts',
    tag: 'incidents',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    body: ZCreateIncident,
    success: { status: 201, schema: ZIncident, etag: true },
    idempotent: true,
  },
  getIncident: {
    id: 'getIncident',
    method: 'get',
    path: `${I}/{id}`,
    summary: 'Get one incident with its timeline and regulatory clocks',
    tag: 'incidents',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantObjectParams,
    success: { status: 200, schema: ZIncident, etag: true },
  },
  updateIncident: {
    id: 'updateIncident',
    method: 'patch',
    path: `${I}/{id}`,
    summary: 'Change an incident or move its status (If-Match required); changed facts recompute the clocks',
    tag: 'incidents',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantObjectParams,
    body: ZUpdateIncident,
    success: { status: 200, schema: ZIncident, etag: true },
    ifMatch: true,
  },
} satisfies Record<string, Operation>;

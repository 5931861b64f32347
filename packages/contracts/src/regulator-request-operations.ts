import { ZTenantObjectParams, ZTenantParams, zPage } from './common.js';
import {
  ZCreateRegulatorRequest,
  ZRegulatorRequest,
  ZRegulatorRequestSummary,
  ZRegulatorRequestsQuery,
  ZUpdateRegulatorRequest,
} from './regulator-requests.js';
import type { Operation } from './operation.js';

const R = '/api/v1/tenants/{tenant}/regulator-requests';

export const REGULATOR_REQUEST_OPERATIONS = {
  listRegulatorRequests: {
    id: 'listRegulatorRequests',
    method: 'get',
    path: R,
    summary: 'List the requests from authorities the caller may read',
    tag: 'regulator-requests',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    query: ZRegulatorRequestsQuery,
    success: { status: 200, schema: zPage(ZRegulatorRequestSummary) },
  },
  createRegulatorRequest: {
    id: 'createRegulatorRequest',
    method: 'post',
    path: R,
    summary: 'Record a request from a government office or regulator; reminders run towards its due date',
    tag: 'regulator-requests',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    body: ZCreateRegulatorRequest,
    success: { status: 201, schema: ZRegulatorRequest, etag: true },
    idempotent: true,
  },
  getRegulatorRequest: {
    id: 'getRegulatorRequest',
    method: 'get',
    path: `${R}/{id}`,
    summary: 'Get one request from an authority with its timeline',
    tag: 'regulator-requests',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantObjectParams,
    success: { status: 200, schema: ZRegulatorRequest, etag: true },
  },
  updateRegulatorRequest: {
    id: 'updateRegulatorRequest',
    method: 'patch',
    path: `${R}/{id}`,
    summary: 'Change a request, record the response or move its status (If-Match required)',
    tag: 'regulator-requests',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantObjectParams,
    body: ZUpdateRegulatorRequest,
    success: { status: 200, schema: ZRegulatorRequest, etag: true },
    ifMatch: true,
  },
} satisfies Record<string, Operation>;

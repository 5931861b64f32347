import type { Operation } from './operation.js';
import { ZAiSystem, ZCreateAiSystem, ZUpdateAiSystem } from './ai-systems.js';
import { ZApiKey, ZApiKeyParams, ZCreateApiKey, ZCreatedApiKey } from './api-keys.js';
import { ZAuditEvent, ZAuditVerification } from './audit-events.js';
import { ZCsrfToken, ZLoginRequest, ZMe, ZSessionInfo } from './auth.js';
import { CATALOG_OPERATIONS } from './catalog-operations.js';
import { GOVERNANCE_OPERATIONS } from './governance-operations.js';
import { FEEDBACK_OPERATIONS } from './feedback-operations.js';
import { INCIDENT_OPERATIONS } from './incident-operations.js';
import { REGULATOR_REQUEST_OPERATIONS } from './regulator-request-operations.js';
import { WEBHOOK_OPERATIONS } from './webhook-operations.js';
import { ZCursorQuery, ZTenantObjectParams, ZTenantParams, zPage } from './common.js';

export type { HttpMethod, Operation } from './operation.js';

const T = '/api/v1/tenants/{tenant}';

const CORE_OPERATIONS = {
  getCsrfToken: {
    id: 'getCsrfToken',
    method: 'get',
    path: '/api/v1/auth/csrf',
    summary: 'Get the CSRF token of this browser session',
    tag: 'auth',
    auth: 'none',
    tenantScoped: false,
    success: { status: 200, schema: ZCsrfToken },
  },
  login: {
    id: 'login',
    method: 'post',
    path: '/api/v1/auth/login',
    summary: 'Log in with email and password',
    tag: 'auth',
    auth: 'none',
    tenantScoped: false,
    body: ZLoginRequest,
    success: { status: 200, schema: ZSessionInfo },
  },
  logout: {
    id: 'logout',
    method: 'post',
    path: '/api/v1/auth/logout',
    summary: 'Log out and end the session',
    tag: 'auth',
    auth: 'session',
    tenantScoped: false,
    success: { status: 204 },
  },
  getSession: {
    id: 'getSession',
    method: 'get',
    path: '/api/v1/auth/session',
    summary: 'The logged-in user and their tenants',
    tag: 'auth',
    auth: 'session',
    tenantScoped: false,
    success: { status: 200, schema: ZSessionInfo },
  },
  getMe: {
    id: 'getMe',
    method: 'get',
    path: `${T}/me`,
    summary: 'The caller in this tenant: roles and packed permission rules',
    tag: 'identity',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    success: { status: 200, schema: ZMe },
  },
  listAiSystems: {
    id: 'listAiSystems',
    method: 'get',
    path: `${T}/ai-systems`,
    summary: 'List the AI systems the caller may read',
    tag: 'ai-systems',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    query: ZCursorQuery,
    success: { status: 200, schema: zPage(ZAiSystem) },
  },
  createAiSystem: {
    id: 'createAiSystem',
    method: 'post',
    path: `${T}/ai-systems`,
    summary: 'Register an AI system',
    tag: 'ai-systems',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    body: ZCreateAiSystem,
    success: { status: 201, schema: ZAiSystem, etag: true },
    idempotent: true,
  },
  getAiSystem: {
    id: 'getAiSystem',
    method: 'get',
    path: `${T}/ai-systems/{id}`,
    summary: 'Get one AI system',
    tag: 'ai-systems',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantObjectParams,
    success: { status: 200, schema: ZAiSystem, etag: true },
  },
  updateAiSystem: {
    id: 'updateAiSystem',
    method: 'patch',
    path: `${T}/ai-systems/{id}`,
    summary: 'Change an AI system (If-Match required)',
    tag: 'ai-systems',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantObjectParams,
    body: ZUpdateAiSystem,
    success: { status: 200, schema: ZAiSystem, etag: true },
    ifMatch: true,
  },
  listApiKeys: {
    id: 'listApiKeys',
    method: 'get',
    path: `${T}/api-keys`,
    summary: 'List API keys',
    tag: 'api-keys',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    query: ZCursorQuery,
    success: { status: 200, schema: zPage(ZApiKey) },
  },
  createApiKey: {
    id: 'createApiKey',
    method: 'post',
    path: `${T}/api-keys`,
    summary: 'Create an API key; the secret is shown once',
    tag: 'api-keys',
    auth: 'session',
    tenantScoped: true,
    params: ZTenantParams,
    body: ZCreateApiKey,
    success: { status: 201, schema: ZCreatedApiKey },
  },
  revokeApiKey: {
    id: 'revokeApiKey',
    method: 'delete',
    path: `${T}/api-keys/{id}`,
    summary: 'Revoke an API key',
    tag: 'api-keys',
    auth: 'session',
    tenantScoped: true,
    params: ZTenantParams.extend(ZApiKeyParams.shape),
    success: { status: 204 },
  },
  listAuditEvents: {
    id: 'listAuditEvents',
    method: 'get',
    path: `${T}/audit-events`,
    summary: 'Read the audit trail, oldest first',
    tag: 'audit',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    query: ZCursorQuery,
    success: { status: 200, schema: zPage(ZAuditEvent) },
  },
  verifyAuditEvents: {
    id: 'verifyAuditEvents',
    method: 'get',
    path: `${T}/audit-events/verify`,
    summary: 'Recompute the hash chain',
    tag: 'audit',
    auth: 'any',
    tenantScoped: true,
    params: ZTenantParams,
    success: { status: 200, schema: ZAuditVerification },
  },
} satisfies Record<string, Operation>;

export const OPERATIONS = {
  ...CORE_OPERATIONS,
  ...GOVERNANCE_OPERATIONS,
  ...CATALOG_OPERATIONS,
  ...INCIDENT_OPERATIONS,
  ...FEEDBACK_OPERATIONS,
  ...REGULATOR_REQUEST_OPERATIONS,
  ...WEBHOOK_OPERATIONS,
};

export type OperationId = keyof typeof OPERATIONS;
export const listOperations = (): Operation[] => Object.values(OPERATIONS);

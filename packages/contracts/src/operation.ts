import type { z } from 'zod';

// Every tag an operation may carry; a new tag does not compile without its description
// (the OpenAPI document lists them).
export const OPERATION_TAGS = {
  auth: 'Sessions: CSRF token, log in and out, who is logged in',
  identity: 'The caller in a tenant: roles and abilities',
  'ai-systems': 'The AI system inventory',
  governance: 'Role determination, assessments, evidence, sign-offs, lifecycle, reviews, dossier, policy, members',
  catalog: 'The requirement catalog: frameworks, versions and their differences',
  incidents: 'Incidents, their reportability and regulatory clocks',
  'regulator-requests': 'Requests from government offices and regulators, their responses and reminders',
  'api-keys': 'API keys for integrators',
  audit: 'The hash-chained audit trail and its verification',
  feedback: 'The stakeholder feedback channel: its public page, settings and the triage queue',
  webhooks: 'Signed webhook endpoints, their secrets and delivery logs',
} as const satisfies Record<string, string>;
export type OperationTag = keyof typeof OPERATION_TAGS;

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

// One entry per REST operation: the API routes, the OpenAPI document, the typed client and the
// cross-tenant test matrix are all driven from this list.
export type Operation = {
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tag: OperationTag;
  auth: 'none' | 'session' | 'any';
  tenantScoped: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  success: { status: number; schema?: z.ZodType; etag?: boolean };
  idempotent?: boolean;
  ifMatch?: boolean;
};

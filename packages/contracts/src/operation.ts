import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

// One entry per REST operation: the API routes, the OpenAPI document, the typed client and the
// cross-tenant test matrix are all driven from this list.
export type Operation = {
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  auth: 'none' | 'session' | 'any';
  tenantScoped: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  success: { status: number; schema?: z.ZodType; etag?: boolean };
  idempotent?: boolean;
  ifMatch?: boolean;
};

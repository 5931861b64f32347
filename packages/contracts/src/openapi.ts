import { scopesGranting } from '@kizuna/authz';
import { z } from 'zod';
import { OPERATION_PERMISSIONS } from './operation-permissions.js';
import { listOperations, type Operation, type OperationId } from './operations.js';
import { ZProblem } from './problem.js';

type JsonSchema = Record<string, unknown>;

const PROBLEM_RESPONSES: Record<string, string> = {
  '400': 'Malformed request or schema violation',
  '401': 'Not authenticated',
  '403': 'Not allowed',
  '404': 'Not found (also for objects of other tenants)',
  '429': 'Rate limited',
};

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;

const describeParameters = (op: Operation) => {
  const out: JsonSchema[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, s] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s });
    }
  };
  add(op.params, 'path');
  add(op.query, 'query');
  if (op.idempotent)
    out.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } });
  if (op.ifMatch) out.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
  return out;
};

// Who may call an operation: a browser session, and an API key holding one of the scopes that grant its permission
// (read off the permission rules, so a key without them is refused with 403).
const describeSecurity = (op: Operation): JsonSchema[] => {
  if (op.auth === 'none') return [];
  if (op.auth === 'session') return [{ session: [] }];
  const permission = OPERATION_PERMISSIONS[op.id as OperationId];
  const scopes = typeof permission === 'object' ? scopesGranting(permission.action, permission.subject) : [];
  return [{ session: [] }, { apiKey: scopes }];
};

export const buildOpenApiDocument = (version: string): JsonSchema => {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of listOperations()) {
    const responses: Record<string, JsonSchema> = {
      [String(op.success.status)]: op.success.schema
        ? { description: 'Success', content: { 'application/json': { schema: toSchema(op.success.schema, 'output') } } }
        : { description: 'Success, no content' },
    };
    for (const [status, description] of Object.entries(PROBLEM_RESPONSES)) {
      responses[status] = {
        description,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    if (op.ifMatch) responses['412'] = { description: 'If-Match does not match the current version' };
    if (op.idempotent) responses['422'] = { description: 'Idempotency-Key reused with a different body' };
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.id,
      summary: op.summary,
      tags: [op.tag],
      security: describeSecurity(op),
      parameters: describeParameters(op),
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(op.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kizuna Governance API',
      version,
      description: "AI governance under Japan's AI framework, mapped to ISO/IEC 42001, NIST AI RMF and the EU AI Act.",
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: toSchema(ZProblem, 'output') },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'kizuna.sid',
          description: 'Browser session; unsafe methods need X-CSRF-Token',
        },
        apiKey: { type: 'http', scheme: 'bearer', description: 'API key `kz_<id>_<secret>`' },
      },
    },
  };
};

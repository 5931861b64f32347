import { scopesGranting } from '@kizuna/authz';
import type { z } from 'zod';
import { createSchemaCollector } from './openapi-schemas.js';
import { OPERATION_TAGS, type OperationTag } from './operation.js';
import { OPERATION_PERMISSIONS } from './operation-permissions.js';
import { listOperations, type Operation, type OperationId } from './operations.js';
import { ZProblem } from './problem.js';

type JsonSchema = Record<string, unknown>;
type Collector = ReturnType<typeof createSchemaCollector>;

// Every problem status an operation can answer, from what the server really does (services/api/src/http): the
// checks each kind of operation goes through decide which apply.
const problemStatuses = (op: Operation): Record<string, string> => {
  const unsafe = op.method !== 'get';
  return {
    '400': 'Malformed request or schema violation; `errors` names each field',
    ...((op.auth !== 'none' || unsafe) && {
      '401': 'Not authenticated (or wrong credentials), or a fresh password is needed',
    }),
    ...((op.auth !== 'none' || unsafe) && { '403': 'Not allowed (permission, API-key scope, CSRF token)' }),
    ...((op.tenantScoped || op.params) && { '404': 'Not found (also for objects of other tenants)' }),
    ...((unsafe || op.tenantScoped) && { '409': 'Conflicts with the current state (or the tenant is not active)' }),
    ...(op.ifMatch && { '412': 'If-Match does not match the current version' }),
    ...(op.body && { '413': 'The body is too large', '415': 'The body is not application/json' }),
    ...(op.idempotent && { '422': 'Idempotency-Key reused with a different body' }),
    ...(op.ifMatch && { '428': 'If-Match is required' }),
    '429': 'Rate limited; see Retry-After',
    '503': 'A dependency (database, workflow engine) is unavailable; retry after Retry-After',
  };
};

const jsonContent = (schema: JsonSchema, type = 'application/json') => ({ content: { [type]: { schema } } });

const describeParameters = (op: Operation, schemas: Collector) => {
  const out: JsonSchema[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const json = schemas.convert(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, s] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = s as { description?: string };
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        ...(description && { description }),
        schema: rest,
      });
    }
  };
  add(op.params, 'path');
  add(op.query, 'query');
  if (op.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Retrying with the same key and body answers the first result instead of acting twice',
      schema: { type: 'string', maxLength: 200 },
    });
  }
  if (op.ifMatch) {
    out.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The ETag read last',
      schema: { type: 'string' },
    });
  }
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

const describeOperation = (op: Operation, schemas: Collector, problem: JsonSchema): JsonSchema => {
  const success = op.success.schema
    ? { description: 'Success', ...jsonContent(schemas.convert(op.success.schema, 'output')) }
    : { description: 'Success, no content' };
  if (op.success.etag) {
    Object.assign(success, {
      headers: { ETag: { description: 'The version, for If-Match', schema: { type: 'string' } } },
    });
  }
  const problems = Object.entries(problemStatuses(op)).map(([status, description]) => [
    status,
    { description, ...jsonContent(problem, 'application/problem+json') },
  ]);
  return {
    operationId: op.id,
    summary: op.summary,
    tags: [op.tag],
    security: describeSecurity(op),
    parameters: describeParameters(op, schemas),
    ...(op.body && { requestBody: { required: true, ...jsonContent(schemas.convert(op.body, 'input')) } }),
    responses: { [String(op.success.status)]: success, ...Object.fromEntries(problems) },
  };
};

export const buildOpenApiDocument = (version: string): JsonSchema => {
  const schemas = createSchemaCollector();
  const problem = schemas.convert(ZProblem, 'output');
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const tags = new Set<OperationTag>();
  for (const op of listOperations()) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = describeOperation(op, schemas, problem);
    tags.add(op.tag);
  }
  const { schemas: components, settleRefs } = schemas.finish();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kizuna Governance API',
      version,
      description: "AI governance under Japan's AI framework, mapped to ISO/IEC 42001, NIST AI RMF and the EU AI Act.",
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/' }],
    tags: [...tags].sort().map((name) => ({ name, description: OPERATION_TAGS[name] })),
    paths: settleRefs(paths),
    components: {
      schemas: components,
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

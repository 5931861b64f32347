import { buildOpenApiDocument } from '@kizuna/contracts';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

// The contract test of the OpenAPI document (issue 9 §5): every response an API test provokes from an operation is
// checked against what /api/v1/openapi.json says that operation answers — a documented status, the documented media
// type, a body valid against the schema. A response that breaks it is replaced by status 599 with the reason, so the
// very test that provoked it fails and says why.

type Doc = { paths: Record<string, Record<string, OperationDoc>> };
type OperationDoc = { operationId: string; responses: Record<string, { content?: Record<string, unknown> }> };
type Route = { method: string; pattern: RegExp; template: string; params: number; op: OperationDoc };

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

const createContract = () => {
  const doc = buildOpenApiDocument('contract') as unknown as Doc;
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema(doc, 'openapi');
  const routes: Route[] = Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      template,
      op,
      params: (template.match(/\{/g) ?? []).length,
      pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
    })),
  );
  // A literal segment wins over a parameter (`/signoffs` beside `/{id}`).
  routes.sort((a, b) => a.params - b.params);
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (route: Route, status: string, type: string) => {
    const ref = `openapi#/${pointer('paths', route.template, route.method.toLowerCase(), 'responses', status, 'content', type, 'schema')}`;
    let validate = validators.get(ref);
    if (!validate) validators.set(ref, (validate = ajv.compile({ $ref: ref })));
    return validate;
  };

  return (method: string, path: string, status: number, contentType: string, body: string): string | null => {
    const route = routes.find((r) => r.method === method && r.pattern.test(path));
    if (!route) return null;
    const documented = route.op.responses[String(status)];
    const name = `${method} ${route.template} → ${status}`;
    if (!documented) return `${name} is not documented for ${route.op.operationId}`;
    if (!documented.content) return body ? `${name} documents no body but one was sent` : null;
    const type = contentType.split(';')[0]!.trim();
    if (!documented.content[type])
      return `${name} sent ${type || 'no content type'}, documented ${Object.keys(documented.content).join(', ')}`;
    const validate = validatorFor(route, String(status), type);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return `${name} sent a body that is not JSON`;
    }
    if (validate(value)) return null;
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
    return `${name} body does not match its schema: ${errors.join('; ')}`;
  };
};

let contract: ReturnType<typeof createContract> | undefined;

/** Wraps an app so that each response is checked against the OpenAPI document before it leaves. */
export const withContractCheck = (app: Express): Express => {
  contract ??= createContract();
  const check = contract;
  const outer = express();
  outer.disable('x-powered-by');
  outer.set('trust proxy', app.get('trust proxy'));
  outer.use((req: Request, res: Response, next: NextFunction) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const collect = (chunk: unknown) => {
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (collect(chunk), write(chunk, ...rest))) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') collect(chunk);
      const type = String(res.getHeader('content-type') ?? '');
      const json = type === '' || type.includes('json');
      const violation =
        json && !res.headersSent
          ? check(
              req.method,
              req.originalUrl.split('?')[0]!,
              res.statusCode,
              type,
              Buffer.concat(chunks).toString('utf8'),
            )
          : null;
      if (!violation) return end(chunk, ...rest);
      console.error(`OpenAPI contract: ${violation}`);
      const replaced = JSON.stringify({ contractViolation: violation });
      res.statusCode = 599;
      res.setHeader('content-type', 'application/json');
      res.setHeader('content-length', Buffer.byteLength(replaced));
      return end(replaced);
    }) as Response['end'];
    next();
  });
  outer.use(app);
  return outer as Express;
};

import type { Operation } from '@kizuna/contracts';
import type { RequestHandler } from 'express';
import { identifyCaller, resolveTenantContext } from './authenticate-request.js';
import type { RouteDeps } from './define-route.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// For routes that accept large bodies: who is calling, and whether they belong to the tenant in the path, is
// settled before a byte of the body is read, so an anonymous or foreign caller cannot make the server buffer and
// parse megabytes. defineRoute authenticates again afterwards; this only moves the refusal earlier.
export const authenticateBeforeBody =
  ({ deps, csrf }: RouteDeps, op: Operation): RequestHandler =>
  async (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const caller = identifyCaller(req, op, csrf);
    const tenant = req.params.tenant;
    await resolveTenantContext(deps, caller, typeof tenant === 'string' ? tenant : '', String(req.id));
    next();
  };

import {
  AppError,
  authenticateApiKey,
  resolveApiKeyContext,
  resolveUserContext,
  type Deps,
  type RequestContext,
} from '@kizuna/domain';
import type { Operation } from '@kizuna/contracts';
import type { Request } from 'express';
import type { CsrfGuard } from './csrf.js';
import type { SessionUser } from './session-auth.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const bearerToken = (req: Request): string | null => {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AppError('UNAUTHENTICATED', 'Authorization header must be "Bearer <api key>"');
  return match[1]!;
};

export type Caller = { kind: 'user'; userId: string } | { kind: 'api_key'; token: string } | { kind: 'anonymous' };

// Bearer keys need no CSRF token (browsers never attach them on their own); cookie sessions do on unsafe methods.
export const identifyCaller = (req: Request, op: Operation, csrf: CsrfGuard): Caller => {
  // Login starts a cookie session, so it always needs the token, whatever else the request carries.
  if (op.id === 'login') csrf.assertLogin(req);
  const token = bearerToken(req);
  if (token) {
    if (op.auth === 'session')
      throw new AppError('FORBIDDEN', 'This operation needs a person logged in, not an API key');
    return { kind: 'api_key', token };
  }
  const user = req.user as SessionUser | undefined;
  if (!SAFE_METHODS.has(req.method) && user) csrf.assertSession(req);
  if (user) return { kind: 'user', userId: user.id };
  if (op.auth !== 'none') throw new AppError('UNAUTHENTICATED', 'Log in or send an API key');
  return { kind: 'anonymous' };
};

export const resolveTenantContext = async (
  deps: Deps,
  caller: Caller,
  tenantSlug: string,
  requestId: string,
): Promise<RequestContext> => {
  if (caller.kind === 'user') return resolveUserContext(deps, { userId: caller.userId, tenantSlug, requestId });
  if (caller.kind === 'api_key') {
    const key = await authenticateApiKey(deps, caller.token);
    return resolveApiKeyContext(deps, { key, tenantSlug, requestId });
  }
  throw new AppError('UNAUTHENTICATED', 'Log in or send an API key');
};

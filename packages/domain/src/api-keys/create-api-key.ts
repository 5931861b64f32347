import type { TCreateApiKey, TCreatedApiKey } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { hashApiKeySecret, mintApiKeyToken } from './api-key-token.js';

export const createApiKey = async (deps: Deps, ctx: RequestContext, input: TCreateApiKey): Promise<TCreatedApiKey> => {
  authorize(abilityOf(ctx), 'create', 'ApiKey');
  if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'API keys are created by people, not by other keys');
  const now = deps.now();
  if (input.expiresAt && new Date(input.expiresAt) <= now) {
    throw new AppError('VALIDATION_FAILED', 'expiresAt must be in the future', {
      errors: [{ path: 'expiresAt', message: 'must be in the future' }],
    });
  }
  const { id, secret, token } = mintApiKeyToken();
  const key = {
    id,
    tenantId: ctx.tenant.id,
    name: input.name,
    scopes: [...new Set(input.scopes)],
    createdBy: ctx.actor.userId,
    createdAt: now.toISOString(),
    expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
    revokedAt: null,
    lastUsedAt: null,
    secretHash: hashApiKeySecret(secret),
  };
  return deps.runInTenant(ctx.tenant, async (repos) => {
    await repos.apiKeys.insert(key);
    await repos.audit.append({
      action: 'api_key.created',
      targetType: 'ApiKey',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { name: key.name, scopes: key.scopes, expiresAt: key.expiresAt },
    });
    const { secretHash: _hash, tenantId: _tenant, ...visible } = key;
    return { ...visible, secret: token };
  });
};

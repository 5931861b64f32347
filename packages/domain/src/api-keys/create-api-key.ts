import type { Action, RecordSubjectType } from '@kizuna/authz';
import { OPERATION_PERMISSIONS, type TCreateApiKey, type TCreatedApiKey } from '@kizuna/contracts';
import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { hashApiKeySecret, mintApiKeyToken } from './api-key-token.js';
import { findScopesBeyond } from './key-ability.js';

// What a key could be used for through the API: the permission of every operation.
const OPERATION_NEEDS: [Action, RecordSubjectType][] = [
  ...new Map(
    Object.values(OPERATION_PERMISSIONS).flatMap((p) =>
      typeof p === 'object' ? [[`${p.action} ${p.subject}`, [p.action, p.subject] as [Action, RecordSubjectType]]] : [],
    ),
  ).values(),
];

export const createApiKey = async (deps: Deps, ctx: RequestContext, input: TCreateApiKey): Promise<TCreatedApiKey> => {
  authorize(abilityOf(ctx), 'create', 'ApiKey');
  if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'API keys are created by people, not by other keys');
  // A key acts for its creator: it may not be given what the creator may not do themselves.
  const beyond = findScopesBeyond(input.scopes, ctx.actor, OPERATION_NEEDS);
  if (beyond.length) {
    throw new AppError(
      'FORBIDDEN',
      `These scopes grant more than you may do yourself: ${beyond.map((b) => b.scope).join(', ')}`,
      {
        errors: beyond.map((b) => ({
          path: 'scopes',
          message: `${b.scope} needs ${b.missing.join(', ')}, which your roles do not allow`,
        })),
      },
    );
  }
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

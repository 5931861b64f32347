import { abilityOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';

export const revokeApiKey = async (deps: Deps, ctx: RequestContext, id: string): Promise<void> => {
  authorize(abilityOf(ctx), 'revoke', 'ApiKey');
  await deps.runInTenant(ctx.tenant, async (repos) => {
    const key = await repos.apiKeys.findById(id);
    if (!key || key.tenantId !== ctx.tenant.id) throw new AppError('NOT_FOUND', 'API key not found');
    if (key.revokedAt) return;
    await repos.apiKeys.revoke(ctx.tenant.id, id, deps.now());
    await repos.audit.append({
      action: 'api_key.revoked',
      targetType: 'ApiKey',
      targetId: id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { name: key.name },
    });
  });
};

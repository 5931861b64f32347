import type { TFeedbackChannel } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError, type FieldError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { CHANNEL_OFF } from './get-feedback-channel.js';

// Saves the channel settings whole (PUT). Every system named must exist in the tenant and not be retired: the
// public page shows them by name.
export const updateFeedbackChannel = async (
  deps: Deps,
  ctx: RequestContext,
  input: TFeedbackChannel,
): Promise<TFeedbackChannel> => {
  authorize(abilityOf(ctx), 'update', 'FeedbackChannel');
  const channel = { ...input, systemIds: [...new Set(input.systemIds)] };
  return deps.runInTenant(ctx.tenant, async (repos) => {
    const errors: FieldError[] = [];
    for (const [i, id] of channel.systemIds.entries()) {
      const system = await repos.aiSystems.findById(id);
      if (!system) errors.push({ path: `body.systemIds.${i}`, message: 'no such AI system' });
      else if (system.lifecycleState === 'retired')
        errors.push({ path: `body.systemIds.${i}`, message: 'this AI system is retired' });
    }
    if (errors.length) throw new AppError('VALIDATION_FAILED', 'The channel names unknown AI systems', { errors });
    const before = (await repos.feedback.getChannel()) ?? CHANNEL_OFF;
    await repos.feedback.saveChannel(channel, actorIdOf(ctx.actor));
    await repos.audit.append({
      action: 'feedback.channel_updated',
      targetType: 'FeedbackChannel',
      targetId: ctx.tenant.id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { before, after: channel },
    });
    return channel;
  });
};

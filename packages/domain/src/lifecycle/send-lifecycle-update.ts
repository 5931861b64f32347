import type { TAiSystem } from '@kizuna/contracts';
import { actorIdOf, type RequestContext } from '../context.js';
import type { Actor, LifecycleUpdateArgs, LifecycleUpdateName, LiveState } from './machine/lifecycle-messages.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { readLifecycleStart } from './read-lifecycle-start.js';
import type { GovernanceDeps, TenantRepos } from '../ports.js';

/** An update's arguments as a use-case gives them: the actor and request id are the caller's own. */
export type UpdateArgsOf<K extends LifecycleUpdateName> = Omit<LifecycleUpdateArgs[K], keyof Actor>;

// Reads the projection the workflow resumes from (if it is not running), then sends the update.
export const sendLifecycleUpdate = async <K extends LifecycleUpdateName>(
  deps: GovernanceDeps,
  ctx: RequestContext,
  systemId: string,
  update: K,
  args: UpdateArgsOf<K>,
  check: (system: TAiSystem, repos: TenantRepos) => Promise<void> | void,
): Promise<LiveState> => {
  const { system, start } = await deps.runInTenant(ctx.tenant, async (repos) => {
    const found = await loadReadableSystem(repos, ctx, systemId);
    await check(found, repos);
    return { system: found, start: await readLifecycleStart(repos, found) };
  });
  // The actor is the authenticated caller's, whatever the arguments say.
  const actor: Actor = { actorId: actorIdOf(ctx.actor), requestId: ctx.requestId ?? `${update}:${systemId}` };
  const full = { ...args, ...actor } as LifecycleUpdateArgs[K];
  return deps.lifecycle.send(ctx.tenant.id, system.id, start, update, full);
};

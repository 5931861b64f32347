import { defineAbilityFor, type Actor, type AppAbility } from '@kizuna/authz';
import { defineKeyAbility, type UserActor } from './api-keys/key-ability.js';
import type { AuditActor } from './audit/audit-hash.js';
import type { TenantRecord } from './tenants/tenant-ports.js';

// Who is calling, in which tenant, for which request. Built by the transport after authentication. An API key's
// context also carries the person who made it, with their roles as of this request.
export type RequestContext = { actor: Actor; tenant: TenantRecord; requestId: string | null; keyCreator?: UserActor };

// A key never does more than its creator may do now (the intersection); a key without its creator does nothing.
export const abilityOf = (ctx: RequestContext): AppAbility =>
  ctx.actor.kind === 'user' ? defineAbilityFor(ctx.actor) : defineKeyAbility(ctx.actor, ctx.keyCreator ?? null);

export const auditActorOf = (actor: Actor): AuditActor =>
  actor.kind === 'user' ? { type: 'user', id: actor.userId } : { type: 'api_key', id: actor.keyId };

export const actorIdOf = (actor: Actor): string => (actor.kind === 'user' ? actor.userId : `key:${actor.keyId}`);

import { defineAbilityFor, type Actor, type AppAbility } from '@kizuna/authz';
import type { AuditActor } from './audit/audit-hash.js';
import type { TenantRecord } from './tenants/tenant-ports.js';

// Who is calling, in which tenant, for which request. Built by the transport after authentication.
export type RequestContext = { actor: Actor; tenant: TenantRecord; requestId: string | null };

export const abilityOf = (ctx: RequestContext): AppAbility => defineAbilityFor(ctx.actor);

export const auditActorOf = (actor: Actor): AuditActor =>
  actor.kind === 'user' ? { type: 'user', id: actor.userId } : { type: 'api_key', id: actor.keyId };

export const actorIdOf = (actor: Actor): string => (actor.kind === 'user' ? actor.userId : `key:${actor.keyId}`);

import type { Actor } from '@kizuna/authz';
import type { TRegulatorTimelineEntry } from '@kizuna/contracts';
import { auditActorOf } from '../context.js';

/** The timeline's author of a change made by a person or an API key. */
export const authorOf = (actor: Actor): TRegulatorTimelineEntry['actor'] => {
  const a = auditActorOf(actor);
  return { type: a.type === 'user' ? 'user' : 'api_key', id: a.id };
};

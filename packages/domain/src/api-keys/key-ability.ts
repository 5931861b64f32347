import {
  ACTIONS,
  SUBJECTS,
  defineAbilityFor,
  type Action,
  type Actor,
  type AppAbility,
  type RecordSubjectType,
} from '@kizuna/authz';

type KeyActor = Extract<Actor, { kind: 'api_key' }>;
export type UserActor = Extract<Actor, { kind: 'user' }>;
type RawRule = AppAbility['rules'][number];

const PAIRS: [Action, RecordSubjectType][] = ACTIONS.flatMap((action) =>
  SUBJECTS.filter((s): s is RecordSubjectType => s !== 'all').map((subject): [Action, RecordSubjectType] => [
    action,
    subject,
  ]),
);

// Whether the scopes grant this action on every record of the type. Scope rules are unconditional today; a
// conditional or inverted one is not intersected here but left out, so the key fails closed rather than open.
const grantsWhole = (scopes: AppAbility, action: Action, subject: RecordSubjectType): boolean => {
  const rules = scopes.possibleRulesFor(action, subject);
  return rules.length > 0 && rules.every((r) => !r.inverted && r.conditions === undefined && r.fields === undefined);
};

/**
 * What an API key may do: what its scopes grant AND what the person who made it may do now, both read off the
 * CASL rules of packages/authz. For each action and subject the scopes grant, the creator's own rules for it are
 * kept (conditions, segregation of duties and all); everything else is dropped. Without a creator, nothing.
 */
export const defineKeyAbility = (key: KeyActor, creator: UserActor | null): AppAbility => {
  const scopes = defineAbilityFor(key);
  const person = creator ? defineAbilityFor(creator) : null;
  const rules: RawRule[] = [];
  if (person) {
    for (const [action, subject] of PAIRS) {
      if (!grantsWhole(scopes, action, subject)) continue;
      // possibleRulesFor lists the highest priority first; CASL gives the later rule priority, so reverse.
      for (const rule of [...person.possibleRulesFor(action, subject)].reverse())
        rules.push({ ...rule.origin, action, subject } as RawRule);
    }
  }
  return defineAbilityFor({ ...key, scopes: [] }).update(rules) as AppAbility;
};

/** The scopes that grant something the creator may not do at all, each with what is missing (e.g. update Assessment). */
export const findScopesBeyond = (
  scopes: readonly KeyActor['scopes'][number][],
  creator: UserActor,
  needed: readonly [Action, RecordSubjectType][],
): { scope: string; missing: string[] }[] => {
  const person = defineAbilityFor(creator);
  return scopes.flatMap((scope) => {
    const granted = defineAbilityFor({
      kind: 'api_key',
      tenantId: creator.tenantId,
      keyId: '',
      createdBy: '',
      scopes: [scope],
    });
    const missing = needed
      .filter(([action, subject]) => granted.can(action, subject) && !person.can(action, subject))
      .map(([action, subject]) => `${action} ${subject}`);
    return missing.length ? [{ scope, missing }] : [];
  });
};

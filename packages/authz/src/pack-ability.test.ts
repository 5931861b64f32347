import { describe, expect, it } from 'vitest';
import { defineAbilityFor } from './define-ability.js';
import { packAbility, unpackAbility } from './pack-ability.js';
import { makeKey, makeSampleRecords, makeUser, RECORD_SUBJECTS } from './test-fixtures.js';
import { ACTIONS, API_KEY_SCOPES, ROLES, type Actor, type AppAbility } from './vocabulary.js';

const ACTORS: Array<[string, Actor]> = [
  ...ROLES.map((role): [string, Actor] => [role, makeUser([role])]),
  ['every role', makeUser([...ROLES])],
  ['system_owner without business units', makeUser(['system_owner'], [])],
  ['key with every scope', makeKey([...API_KEY_SCOPES])],
];

function listDecisions(ability: AppAbility): boolean[] {
  return RECORD_SUBJECTS.flatMap((subject) =>
    ACTIONS.flatMap((action) => [
      ability.can(action, subject),
      ...makeSampleRecords(subject).map((record) => ability.can(action, record)),
    ]),
  );
}

describe('packAbility / unpackAbility', () => {
  it.each(ACTORS)('when the rules of %s go through JSON and back, then every decision is the same', (_name, actor) => {
    const ability = defineAbilityFor(actor);
    const wire: unknown[] = JSON.parse(JSON.stringify(packAbility(ability)));
    const restored = unpackAbility(wire);
    expect(packAbility(restored)).toEqual(packAbility(ability));
    expect(listDecisions(restored)).toEqual(listDecisions(ability));
  });

  it('when rules are packed, then the SoD rule keeps its reason and stays last', () => {
    const restored = unpackAbility(packAbility(defineAbilityFor(makeUser(['executive']))));
    expect(restored.rules.at(-1)).toMatchObject({ inverted: true, reason: 'SEGREGATION_OF_DUTIES' });
  });

  it.each([
    ['a non-array payload', { rules: [] }],
    ['a rule that is not an array', ['read']],
    ['an unknown action', [['impersonate', 'Member']]],
    ['an unknown subject', [['read', 'Secrets']]],
    ['a bad inverted flag', [['decide', 'SignOff', { submittedBy: 'u' }, 'yes']]],
    ['non-object conditions', [['read', 'AiSystem', 'ownerId=u']]],
    ['too many elements', [['read', 'AiSystem', 0, 0, 0, '', 'extra']]],
  ])('when unpacking %s, then it throws instead of guessing', (_name, payload) => {
    expect(() => unpackAbility(payload as unknown[])).toThrow(TypeError);
  });
});

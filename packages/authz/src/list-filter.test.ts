import { describe, expect, it } from 'vitest';
import { createMongoAbility, type RawRuleOf } from '@casl/ability';
import { defineAbilityFor } from './define-ability.js';
import { buildListFilter, UnsupportedConditionError, type Filter } from './list-filter.js';
import { BU_MINE, makeKey, makeSampleRecords, makeUser, ME, RECORD_SUBJECTS } from './test-fixtures.js';
import { ACTIONS, ROLES, type Actor, type AppAbility } from './vocabulary.js';

type RawRule = RawRuleOf<AppAbility>;
const abilityFrom = (rules: RawRule[]) => createMongoAbility<AppAbility>(rules);

// Reference evaluator, so the filter can be checked against `ability.can` on the same records.
function matches(filter: Filter, row: object): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'and':
      return filter.items.every((item) => matches(item, row));
    case 'or':
      return filter.items.some((item) => matches(item, row));
    case 'not':
      return !matches(filter.item, row);
    case 'cmp': {
      const actual = (row as Record<string, unknown>)[filter.field] as string | number;
      const value = filter.value as string | number;
      if (filter.op === 'eq') return actual === value;
      if (filter.op === 'ne') return actual !== value;
      if (filter.op === 'in') return (filter.value as unknown[]).includes(actual);
      if (filter.op === 'nin') return !(filter.value as unknown[]).includes(actual);
      if (filter.op === 'lt') return actual < value;
      if (filter.op === 'lte') return actual <= value;
      if (filter.op === 'gt') return actual > value;
      return actual >= value;
    }
  }
}

describe('buildListFilter', () => {
  it('when a system_owner lists AI systems, then the filter is ownerId = me OR businessUnitId in mine', () => {
    const filter = buildListFilter(defineAbilityFor(makeUser(['system_owner'], [BU_MINE, 'bu-2'])), 'read', 'AiSystem');
    expect(filter).toEqual({
      kind: 'or',
      items: expect.arrayContaining([
        { kind: 'cmp', op: 'eq', field: 'ownerId', value: ME },
        { kind: 'cmp', op: 'in', field: 'businessUnitId', value: [BU_MINE, 'bu-2'] },
      ]),
    });
    expect(filter.kind === 'or' && filter.items).toHaveLength(2);
  });

  it('when a system_owner has no business units, then the filter is ownerId = me', () => {
    expect(buildListFilter(defineAbilityFor(makeUser(['system_owner'], [])), 'read', 'AiSystem')).toEqual({
      kind: 'cmp',
      op: 'eq',
      field: 'ownerId',
      value: ME,
    });
  });

  it('when a governance_officer lists AI systems, then the filter is all', () => {
    expect(buildListFilter(defineAbilityFor(makeUser(['governance_officer'])), 'read', 'AiSystem')).toEqual({
      kind: 'all',
    });
  });

  it('when a user also holds an unconditional role, then the conditional branches collapse to all', () => {
    const ability = defineAbilityFor(makeUser(['system_owner', 'executive']));
    expect(buildListFilter(ability, 'read', 'AiSystem')).toEqual({ kind: 'all' });
  });

  it('when nobody grants the action, then the filter is none', () => {
    expect(buildListFilter(defineAbilityFor(makeUser([])), 'read', 'AiSystem')).toEqual({ kind: 'none' });
    expect(buildListFilter(defineAbilityFor(makeUser(['auditor'])), 'update', 'AiSystem')).toEqual({ kind: 'none' });
    expect(buildListFilter(defineAbilityFor(makeKey([])), 'read', 'Incident')).toEqual({ kind: 'none' });
  });

  it('when only the SoD rule mentions the action, then the filter is none', () => {
    expect(buildListFilter(defineAbilityFor(makeUser(['tenant_admin'])), 'decide', 'SignOff')).toEqual({
      kind: 'none',
    });
  });

  it("when an executive lists sign-offs to decide, then it is the executives' tiers without the SoD rule", () => {
    expect(buildListFilter(defineAbilityFor(makeUser(['executive'])), 'decide', 'SignOff')).toEqual({
      kind: 'and',
      items: [
        { kind: 'cmp', op: 'eq', field: 'approverRole', value: 'executive' },
        { kind: 'not', item: { kind: 'cmp', op: 'eq', field: 'submittedBy', value: ME } },
      ],
    });
  });

  it('when access comes from manage, then the filter is all', () => {
    expect(buildListFilter(defineAbilityFor(makeUser(['tenant_admin'])), 'read', 'ApiKey')).toEqual({ kind: 'all' });
  });

  it('when any user lists notifications, then the filter is recipientId = me', () => {
    expect(buildListFilter(defineAbilityFor(makeUser(['auditor'])), 'read', 'Notification')).toEqual({
      kind: 'cmp',
      op: 'eq',
      field: 'recipientId',
      value: ME,
    });
  });

  it.each<[string, Actor]>([
    ...ROLES.map((role): [string, Actor] => [role, makeUser([role])]),
    ['every role', makeUser([...ROLES])],
    ['system_owner + executive', makeUser(['system_owner', 'executive'])],
  ])('when %s lists anything, then the filter keeps exactly the records ability.can allows', (_name, actor) => {
    const ability = defineAbilityFor(actor);
    for (const subject of RECORD_SUBJECTS) {
      for (const action of ACTIONS) {
        const filter = buildListFilter(ability, action, subject);
        for (const record of makeSampleRecords(subject)) {
          expect(matches(filter, record), `${action} ${subject} ${JSON.stringify(record)}`).toBe(
            ability.can(action, record),
          );
        }
      }
    }
  });

  it('when rules use every supported operator, then each maps to its cmp and inverted rules AND NOT in', () => {
    const when = new Date('2026-01-01T00:00:00Z');
    const ability = abilityFrom([
      {
        action: 'read',
        subject: 'Incident',
        conditions: { severity: { $in: ['high', 'critical'] }, count: { $gte: 1 } },
      },
      {
        action: 'read',
        subject: 'Incident',
        conditions: { $or: [{ status: { $ne: 'closed' } }, { openedAt: { $lt: when } }], region: { $nin: ['eu'] } },
      },
      { action: 'read', subject: 'Incident', conditions: { score: { $gt: 2, $lte: 9 }, kind: { $eq: 'bias' } } },
      { action: 'read', subject: 'Incident', inverted: true, conditions: { archived: true } },
    ]);
    const notArchived: Filter = { kind: 'not', item: { kind: 'cmp', op: 'eq', field: 'archived', value: true } };
    expect(buildListFilter(ability, 'read', 'Incident')).toEqual({
      kind: 'or',
      items: [
        {
          kind: 'and',
          items: [
            { kind: 'cmp', op: 'gt', field: 'score', value: 2 },
            { kind: 'cmp', op: 'lte', field: 'score', value: 9 },
            { kind: 'cmp', op: 'eq', field: 'kind', value: 'bias' },
            notArchived,
          ],
        },
        {
          kind: 'and',
          items: [
            {
              kind: 'or',
              items: [
                { kind: 'cmp', op: 'ne', field: 'status', value: 'closed' },
                { kind: 'cmp', op: 'lt', field: 'openedAt', value: when },
              ],
            },
            { kind: 'cmp', op: 'nin', field: 'region', value: ['eu'] },
            notArchived,
          ],
        },
        {
          kind: 'and',
          items: [
            { kind: 'cmp', op: 'in', field: 'severity', value: ['high', 'critical'] },
            { kind: 'cmp', op: 'gte', field: 'count', value: 1 },
            notArchived,
          ],
        },
      ],
    });
  });

  it('when a rule uses $and and an empty $in, then they simplify', () => {
    const ability = abilityFrom([
      { action: 'read', subject: 'Incident', conditions: { $and: [{ a: 1 }, { b: null }] } },
      { action: 'read', subject: 'Incident', conditions: { c: { $in: [] } } },
    ]);
    expect(buildListFilter(ability, 'read', 'Incident')).toEqual({
      kind: 'and',
      items: [
        { kind: 'cmp', op: 'eq', field: 'a', value: 1 },
        { kind: 'cmp', op: 'eq', field: 'b', value: null },
      ],
    });
  });

  it('when an unconditional cannot is on top, then the filter is none', () => {
    const ability = abilityFrom([
      { action: 'read', subject: 'Incident' },
      { action: 'read', subject: 'Incident', inverted: true },
    ]);
    expect(buildListFilter(ability, 'read', 'Incident')).toEqual({ kind: 'none' });
  });

  it.each([
    ['$regex', { name: { $regex: '^a' } }],
    ['$elemMatch', { tags: { $elemMatch: { $eq: 'x' } } }],
    ['$exists', { ownerId: { $exists: true } }],
    ['a top-level $nor', { $nor: [{ a: 1 }] }],
    ['a nested document', { owner: { id: 'u' } }],
    ['an array value', { tags: ['a', 'b'] }],
    ['an object inside $in', { id: { $in: [{ a: 1 }] } }],
    ['a non-array $in', { id: { $in: 'a' } }],
    ['an empty $or', { $or: [] }],
    ['an unknown operator nested in $or', { $or: [{ a: 1 }, { b: { $size: 2 } }] }],
  ])('when a rule uses %s, then it throws UnsupportedConditionError (fail closed)', (_name, conditions) => {
    const ability = abilityFrom([{ action: 'read', subject: 'Incident', conditions } as RawRule]);
    expect(() => buildListFilter(ability, 'read', 'Incident')).toThrow(UnsupportedConditionError);
  });

  it('when an unsupported condition is thrown, then the error names it', () => {
    const ability = abilityFrom([{ action: 'read', subject: 'Incident', conditions: { name: { $regex: 'x' } } }]);
    expect(() => buildListFilter(ability, 'read', 'Incident')).toThrow(/\$regex on name/);
  });
});

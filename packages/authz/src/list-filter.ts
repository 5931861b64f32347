import { rulesToCondition } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectType } from './vocabulary.js';

export type CmpOp = 'eq' | 'ne' | 'in' | 'nin' | 'lt' | 'lte' | 'gt' | 'gte';

/** SQL-neutral row filter; packages/db maps fields through its column whitelist. */
export type Filter =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'and' | 'or'; items: Filter[] }
  | { kind: 'not'; item: Filter }
  | { kind: 'cmp'; op: CmpOp; field: string; value: unknown };

/** A rule condition this package cannot translate: the list query must fail rather than over-return. */
export class UnsupportedConditionError extends Error {
  override name = 'UnsupportedConditionError';
}

const ALL: Filter = { kind: 'all' };
const NONE: Filter = { kind: 'none' };

const OPERATORS: Readonly<Record<string, CmpOp>> = {
  $eq: 'eq',
  $ne: 'ne',
  $in: 'in',
  $nin: 'nin',
  $lt: 'lt',
  $lte: 'lte',
  $gt: 'gt',
  $gte: 'gte',
};

/** The rows `action` is allowed on, as a filter built from the same rules `ability.can` uses. */
export function buildListFilter(ability: AppAbility, action: Action, subject: SubjectType): Filter {
  const result = rulesToCondition(
    ability.rulesFor(action, subject),
    (rule) => {
      const condition = rule.conditions === undefined ? ALL : convertQuery(rule.conditions);
      return rule.inverted ? negate(condition) : condition;
    },
    { and: combineAnd, or: combineOr, empty: () => ALL },
  );
  // null means no rule grants anything.
  return result ?? NONE;
}

function convertQuery(query: unknown): Filter {
  if (!isPlainObject(query)) throw unsupported('a condition must be an object', query);
  return combineAnd(
    Object.entries(query).map(([key, value]) => {
      if (key === '$and' || key === '$or') {
        if (!Array.isArray(value) || value.length === 0) throw unsupported(`${key} needs a non-empty array`, value);
        const items = value.map(convertQuery);
        return key === '$and' ? combineAnd(items) : combineOr(items);
      }
      if (key.startsWith('$')) throw unsupported(`operator ${key}`, value);
      return convertField(key, value);
    }),
  );
}

function convertField(field: string, value: unknown): Filter {
  if (!isPlainObject(value)) return { kind: 'cmp', op: 'eq', field, value: checkScalar(field, value) };
  const entries = Object.entries(value);
  // `{}` or `{ a: 1 }` as a value is document equality in Mongo: no SQL meaning here.
  if (entries.length === 0) throw unsupported(`empty condition on ${field}`, value);
  return combineAnd(
    entries.map(([key, operand]) => {
      const op = OPERATORS[key];
      if (op === undefined) throw unsupported(`operator ${key} on ${field}`, operand);
      if (op === 'in' || op === 'nin') {
        if (!Array.isArray(operand)) throw unsupported(`${key} on ${field} needs an array`, operand);
        // Empty lists are constant: saves the SQL layer an `IN ()` edge case.
        if (operand.length === 0) return op === 'in' ? NONE : ALL;
        return { kind: 'cmp', op, field, value: operand.map((item) => checkScalar(field, item)) };
      }
      return { kind: 'cmp', op, field, value: checkScalar(field, operand) };
    }),
  );
}

function checkScalar(field: string, value: unknown): unknown {
  const ok =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (value instanceof Date && !Number.isNaN(value.getTime()));
  if (!ok) throw unsupported(`value on ${field}`, value);
  return value;
}

function combineAnd(items: Filter[]): Filter {
  const kept: Filter[] = [];
  for (const item of items) {
    if (item.kind === 'none') return NONE;
    if (item.kind === 'all') continue;
    if (item.kind === 'and') kept.push(...item.items);
    else kept.push(item);
  }
  return collapse('and', kept, ALL);
}

function combineOr(items: Filter[]): Filter {
  const kept: Filter[] = [];
  for (const item of items) {
    if (item.kind === 'all') return ALL;
    if (item.kind === 'none') continue;
    if (item.kind === 'or') kept.push(...item.items);
    else kept.push(item);
  }
  return collapse('or', kept, NONE);
}

function collapse(kind: 'and' | 'or', items: Filter[], whenEmpty: Filter): Filter {
  if (items.length === 0) return whenEmpty;
  if (items.length === 1) return items[0] as Filter;
  return { kind, items };
}

function negate(item: Filter): Filter {
  if (item.kind === 'all') return NONE;
  if (item.kind === 'none') return ALL;
  if (item.kind === 'not') return item.item;
  return { kind: 'not', item };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function unsupported(what: string, value: unknown): UnsupportedConditionError {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  return new UnsupportedConditionError(`Unsupported rule condition: ${what} (${shown})`);
}

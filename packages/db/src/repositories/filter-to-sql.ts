import type { Filter } from '@kizuna/authz';
import { and, eq, gt, gte, inArray, lt, lte, not, notInArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { AppError } from '@kizuna/domain';

/**
 * A field with several values per row (an incident's system owners, over its linked systems): a comparison holds
 * when it holds for one of them, as a Mongo-style condition on an array field does. `anyOf` wraps the comparison
 * on the underlying column in an EXISTS. Only eq and in are meaningful there; anything else fails closed.
 */
export type ManyValuedField = { anyOf: (compare: (column: SQLWrapper) => SQL) => SQL };

// Columns, or SQL expressions for fields computed in the query (a sign-off's approver role, say).
export type ColumnMap = Record<string, SQLWrapper | ManyValuedField>;

const isManyValued = (target: SQLWrapper | ManyValuedField): target is ManyValuedField => 'anyOf' in target;

// Turns the SQL-neutral permission filter into a WHERE clause. Unknown fields or operators fail closed.
export const filterToSql = (filter: Filter, columns: ColumnMap): SQL => {
  switch (filter.kind) {
    case 'all':
      return sql`true`;
    case 'none':
      return sql`false`;
    case 'and':
      return filter.items.length ? and(...filter.items.map((f) => filterToSql(f, columns)))! : sql`true`;
    case 'or':
      return filter.items.length ? or(...filter.items.map((f) => filterToSql(f, columns)))! : sql`false`;
    case 'not':
      return not(filterToSql(filter.item, columns));
    case 'cmp': {
      const target = columns[filter.field];
      if (!target) throw new AppError('INTERNAL', `permission filter names unknown field ${filter.field}`);
      if (isManyValued(target)) {
        if (filter.op !== 'eq' && filter.op !== 'in')
          throw new AppError('INTERNAL', `permission filter uses ${filter.op} on the many-valued ${filter.field}`);
        return target.anyOf((column) => compareColumn(column, filter));
      }
      return compareColumn(target, filter);
    }
    default:
      throw new AppError('INTERNAL', 'permission filter of unknown kind');
  }
};

const compareColumn = (column: SQLWrapper, filter: Extract<Filter, { kind: 'cmp' }>): SQL => {
  const value = filter.value as never;
  const list = filter.value as unknown[];
  switch (filter.op) {
    case 'eq':
      return value === null ? sql`${column} is null` : eq(column, value);
    case 'ne':
      return sql`${column} is distinct from ${value}`;
    case 'in':
      return Array.isArray(list) && list.length ? inArray(column, list) : sql`false`;
    case 'nin':
      return Array.isArray(list) && list.length ? notInArray(column, list) : sql`true`;
    case 'lt':
      return lt(column, value);
    case 'lte':
      return lte(column, value);
    case 'gt':
      return gt(column, value);
    case 'gte':
      return gte(column, value);
    default:
      throw new AppError(
        'INTERNAL',
        `permission filter uses unknown operator ${String((filter as { op: unknown }).op)}`,
      );
  }
};

import type { Filter } from '@kizuna/authz';
import { and, eq, gt, gte, inArray, lt, lte, not, notInArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { AppError } from '@kizuna/domain';

// Columns, or SQL expressions for fields computed in the query (a sign-off's approver role, say).
export type ColumnMap = Record<string, SQLWrapper>;

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
      const column = columns[filter.field];
      if (!column) throw new AppError('INTERNAL', `permission filter names unknown field ${filter.field}`);
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
    }
    default:
      throw new AppError('INTERNAL', 'permission filter of unknown kind');
  }
};

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import type { PageQueryDto } from './page-query.dto';
import { msg } from '../i18n/msg';

/**
 * Orders and limits a query by the caller's `sort`, allowing only the listed fields (API
 * name → column).
 */
export function orderPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  params: PageQueryDto,
  sortable: Record<string, string>,
  defaultSort: string,
  /** a unique column to break ties; null when the listed fields are unique (grouped rows) */
  tieBreaker: string | null = `${query.alias}.id`,
): void {
  const fields = (params.sort ?? defaultSort).split(',');
  let lastDirection: 'ASC' | 'DESC' = 'ASC';
  for (const [index, field] of fields.entries()) {
    const name = field.replace(/^-/, '');
    // An own property only: `constructor` or `toString` would otherwise find Object's methods.
    const column = Object.hasOwn(sortable, name) ? sortable[name] : undefined;
    if (typeof column !== 'string') {
      throw DomainError.badRequest(
        msg('http.badSort', { name: name.slice(0, 40), fields: Object.keys(sortable) }),
        [{ field: 'sort', messages: [msg('http.badSortDetail', { name: name.slice(0, 40) })] }],
        'VALIDATION_FAILED',
      );
    }
    const direction = field.startsWith('-') ? 'DESC' : 'ASC';
    lastDirection = direction;
    if (index === 0) query.orderBy(column, direction);
    else query.addOrderBy(column, direction);
  }
  // A unique tie-breaker, so that rows never repeat or vanish between pages. It runs the same
  // way as the last sort field, so an index on that field serves the order when read
  // backwards too (otherwise the database sorts every matching row to find one page).
  if (tieBreaker) query.addOrderBy(tieBreaker, lastDirection);
  // offset/limit rather than skip/take: lists join only many-to-one relations, so rows are
  // not multiplied, and TypeORM then reads the page in one query instead of two.
  query.offset((params.page - 1) * params.pageSize).limit(params.pageSize);
}

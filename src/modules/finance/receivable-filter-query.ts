import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Receivable } from './entities/receivable.entity';
import { RECEIVABLE_FILTER_CONDITIONS } from './receivable-filter-conditions';
import type { ReceivableListShape } from './receivable-list-shape';
import { RECEIVABLE_PEOPLE } from './receivable-people';

/**
 * The receivables a list's conditions and the user's record scope admit, as `r`: the FROM
 * and WHERE of its page and of its totals. Values are bound by name when the statement runs.
 */
export function receivableFilterQuery(
  source: DataSource,
  { filter, scope }: Pick<ReceivableListShape, 'filter' | 'scope'>,
): SelectQueryBuilder<Receivable> {
  const rows = source.getRepository(Receivable).createQueryBuilder('r');
  for (const [name, condition] of Object.entries(RECEIVABLE_FILTER_CONDITIONS)) {
    if (name in filter) rows.andWhere(condition);
  }
  return scope.where(rows, 'r', RECEIVABLE_PEOPLE);
}

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { orderPage } from './order-page';
import type { PageQueryDto } from './page-query.dto';
import type { Page } from './page';

/**
 * Orders and pages a query by the caller's `sort`, allowing only the listed fields (API
 * name → column), then reads one page and the total.
 */
export async function readPage<T extends ObjectLiteral, R>(
  query: SelectQueryBuilder<T>,
  params: PageQueryDto,
  sortable: Record<string, string>,
  defaultSort: string,
  map: (row: T) => R,
  /** how to count the whole list, when the caller can do it cheaper than TypeORM's count */
  count?: () => Promise<number>,
): Promise<Page<R>> {
  orderPage(query, params, sortable, defaultSort);
  const [rows, total] = count
    ? await Promise.all([query.getMany(), count()])
    : await query.getManyAndCount();
  return { items: rows.map(map), total, page: params.page, pageSize: params.pageSize };
}

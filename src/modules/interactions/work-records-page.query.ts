import { orderPage } from '../../common/pagination/order-page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { Interaction } from './entities/interaction.entity';
import { INTERACTION_VIEW_FIELDS, type InteractionViewRow } from './interaction-view-row';

/** Whose records, and the instants [start, end) of the period's business days. */
export interface WorkRecordsParams {
  userId: number;
  start: Date;
  end: Date;
}

/**
 * One page of a person's records in a period, newest first unless sorted otherwise: the work
 * results' list (§8.2), read by managers over and over, so built once per order and page and
 * read into plain rows. Its total is the records counted per type (WorkCounts), not counted
 * again. The order is served by the record's (staff, occurred, id) index.
 */
export const WORK_RECORDS_PAGE = new PreparedQueryShapes<
  Pick<PageQueryDto, 'sort' | 'page' | 'pageSize'>,
  InteractionViewRow,
  WorkRecordsParams
>(
  (page) => [page.sort ?? '', page.page, page.pageSize].join('|'),
  (source, page) => {
    const query = source
      .getRepository(Interaction)
      .createQueryBuilder('r')
      .select([...INTERACTION_VIEW_FIELDS])
      .where('r.staffId = :userId')
      .andWhere('r.occurredAt >= :start AND r.occurredAt < :end');
    orderPage(query, page, { occurredAt: 'r.occurredAt' }, '-occurredAt');
    return query;
  },
);

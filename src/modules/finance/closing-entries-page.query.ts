import { orderPage } from '../../common/pagination/order-page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { sqlLiteralList } from '../../database/sql-literal-list';
import { CLOSING_KINDS } from './closing-kinds';
import { LedgerEntry } from './entities/ledger-entry.entity';

/** The instants [start, end) of the business day a closing sheet closes. */
export interface ClosingDayParams {
  start: Date;
  end: Date;
}

/** A row of the day with what the sheet shows of its payment (a reversal's) and receivable. */
export type ClosingEntryRow = Pick<
  LedgerEntry,
  | 'id'
  | 'kind'
  | 'amountFen'
  | 'paidAt'
  | 'createdAt'
  | 'recordedById'
  | 'receivableId'
  | 'receiptCode'
  | 'methodCode'
> & {
  reverses: Pick<LedgerEntry, 'receiptCode' | 'methodCode'> | null;
  receivable: { customerId: number } | null;
};

/**
 * One page of a day's money rows, in the order the money moved (one range of the (paid_at,
 * id) index), with the payment a reversal undoes and the receivable's customer joined: the
 * rows of the closing sheet, which finance reloads all day long, in one statement built once
 * per order and page.
 */
export const CLOSING_ENTRIES_PAGE = new PreparedQueryShapes<
  Pick<PageQueryDto, 'sort' | 'page' | 'pageSize'>,
  ClosingEntryRow,
  ClosingDayParams
>(
  (page) => [page.sort ?? '', page.page, page.pageSize].join('|'),
  (source, page) => {
    const query = source
      .getRepository(LedgerEntry)
      .createQueryBuilder('e')
      .leftJoin('e.reverses', 'reverses')
      .innerJoin('e.receivable', 'receivable')
      .select([
        'e.id',
        'e.kind',
        'e.amountFen',
        'e.paidAt',
        'e.createdAt',
        'e.recordedById',
        'e.receivableId',
        'e.receiptCode',
        'e.methodCode',
        'reverses.receiptCode',
        'reverses.methodCode',
        'receivable.customerId',
      ])
      .where('e.paidAt >= :start')
      .andWhere('e.paidAt < :end')
      .andWhere(`e.kind IN (${sqlLiteralList(CLOSING_KINDS)})`);
    orderPage(query, page, { at: 'e.paidAt' }, 'at');
    return query;
  },
);

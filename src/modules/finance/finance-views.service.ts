import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { businessDayRange } from '../../common/calendar/business-day';
import { UsersService } from '../../users/users.service';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { ClassMoneyPageView } from './class-money-page.view';
import type { ClassMoneyQueryDto } from './dto/class-money-query.dto';
import type { ClosingSheetQueryDto } from './dto/closing-sheet-query.dto';
import type {
  ClosingEntryView,
  ClosingMethodView,
  ClosingRecorderView,
  ClosingSheetView,
} from './closing-sheet.view';
import { CLOSING_ENTRIES_PAGE, type ClosingDayParams } from './closing-entries-page.query';
import { CLOSING_KINDS } from './closing-kinds';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { MoneyTotals } from './money-totals';
import { withReceivableMoneySums } from './receivable-money-sums';
import { orderPage } from '../../common/pagination/order-page';

type Figure = string | number | null;

/** A day's sums, as kept for a few seconds: the recorders' names are looked up each time. */
interface ClosingSums {
  byMethod: ClosingMethodView[];
  byRecorder: Omit<ClosingRecorderView, 'name'>[];
}

/**
 * What finance reads off the ledger (§8.5, seed 002 收款确认表): a day's receipts and each
 * class's money. Read only, summed in the database.
 */
@Injectable()
export class FinanceViewsService {
  constructor(
    @InjectRepository(LedgerEntry) private readonly ledger: Repository<LedgerEntry>,
    @InjectRepository(Receivable) private readonly receivables: Repository<Receivable>,
    private readonly calendar: BusinessCalendar,
    private readonly dictionary: DictionaryService,
    private readonly customers: CustomersApi,
    private readonly users: UsersService,
    private readonly totals: MoneyTotals,
  ) {}

  /**
   * The day's payments (by the time received), reversals (at their payment's method) and
   * refunds paid (both negative, on the day they were made), by method and by the person who
   * recorded them, with one page of the day's rows. The sums are kept a few seconds
   * (MoneyTotals: every money write drops them).
   */
  async closingSheet(query: ClosingSheetQueryDto): Promise<ClosingSheetView> {
    const day = query.day ?? this.calendar.today().date;
    const range = businessDayRange(day, this.calendar.timeZone);
    // Built before anything runs: an unknown sort is refused at once.
    const page = CLOSING_ENTRIES_PAGE.on(this.ledger.manager.connection, query);
    const [sums, rows] = await Promise.all([
      this.totals.get(`closing:${day}`, () => this.closingSums(range)),
      page.rows(this.ledger.manager, range),
    ]);
    const [customers, recorders] = await Promise.all([
      this.customers.summaries(rows.map((row) => row.receivable?.customerId ?? 0)),
      this.users.staffMembers(sums.byRecorder.map((row) => row.userId).filter((id) => id > 0)),
    ]);
    const nameOf = new Map(recorders.map((user) => [user.id, user.displayName]));
    return {
      day,
      totalFen: sums.byMethod.reduce((sum, row) => sum + row.amountFen, 0),
      count: sums.byMethod.reduce((sum, row) => sum + row.count, 0),
      byMethod: sums.byMethod,
      byRecorder: sums.byRecorder.map((row) => ({ ...row, name: nameOf.get(row.userId) ?? '' })),
      entries: rows.map((row): ClosingEntryView => {
        // A reversal is listed at its payment's receipt and way of paying.
        const payment = row.reverses ?? row;
        const customerId = row.receivable?.customerId ?? 0;
        return {
          id: row.id,
          kind: row.kind,
          receiptCode: payment.receiptCode,
          amountFen: row.kind === 'payment' ? row.amountFen : -row.amountFen,
          methodCode: payment.methodCode ?? '',
          at: row.paidAt ?? row.createdAt,
          recordedById: row.recordedById,
          receivableId: row.receivableId,
          customerId,
          customerName: customers.get(customerId)?.name ?? null,
        };
      }),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * A day's money summed by method (a reversal at its payment's) and by who recorded it, each
   * over one range of the (paid_at, id) index.
   */
  private async closingSums({ start, end }: ClosingDayParams): Promise<ClosingSums> {
    const signed = `CASE WHEN e.kind = 'payment' THEN e.amountFen ELSE 0 - e.amountFen END`;
    const grouped = async (column: string) =>
      (
        await this.ledger
          .createQueryBuilder('e')
          .innerJoin(LedgerEntry, 'p', 'p.id = COALESCE(e.reversesId, e.id)')
          .where('e.paidAt >= :start', { start })
          .andWhere('e.paidAt < :end', { end })
          .andWhere('e.kind IN (:...kinds)', { kinds: CLOSING_KINDS })
          .select(column, 'key')
          .addSelect('COUNT(*)', 'count')
          .addSelect(`SUM(${signed})`, 'amount')
          .groupBy(column)
          .orderBy(column, 'ASC')
          .getRawMany<{ key: string | number | null; count: Figure; amount: Figure }>()
      ).map((row) => ({ key: row.key, count: Number(row.count), amountFen: Number(row.amount) }));
    const [byMethod, byRecorder, labels] = await Promise.all([
      grouped('p.methodCode'),
      grouped('e.recordedById'),
      this.dictionary.labels('payment_method'),
    ]);
    return {
      byMethod: byMethod.map(({ key, count, amountFen }) => ({
        methodCode: String(key),
        methodLabel: labels.get(String(key)) ?? String(key),
        count,
        amountFen,
      })),
      byRecorder: byRecorder.map(({ key, count, amountFen }) => ({
        userId: Number(key),
        count,
        amountFen,
      })),
    };
  }

  /** Each class's money, newest class first, with the totals of all classes asked for. */
  async byClass(query: ClassMoneyQueryDto): Promise<ClassMoneyPageView> {
    const filtered = () => {
      const rows = this.receivables.createQueryBuilder('r');
      if (query.courseId) rows.andWhere('r.courseId = :courseId', { courseId: query.courseId });
      if (query.classId) rows.andWhere('r.classId = :classId', { classId: query.classId });
      return rows;
    };
    // Grouped by the class alone, so the (class_id, id) index gives the groups in order; a
    // class has one course.
    const classes = withReceivableMoneySums(
      filtered()
        .select('r.classId', 'classId')
        .addSelect('MIN(r.courseId)', 'courseId')
        .addSelect('COUNT(*)', 'students'),
    ).groupBy('r.classId');
    // One row per class: the class is its own tie-breaker.
    orderPage(classes, query, { classId: 'r.classId' }, '-classId', null);
    const [page, count, totals] = await Promise.all([
      classes.getRawMany<Record<string, Figure>>(),
      filtered().select('COUNT(DISTINCT r.classId)', 'n').getRawOne<{ n: Figure }>(),
      withReceivableMoneySums(filtered().select('COUNT(*)', 'students')).getRawOne<
        Record<string, Figure>
      >(),
    ]);
    const money = (row: Record<string, Figure> | undefined) => {
      const dueFen = Number(row?.due ?? 0);
      const paidFen = Number(row?.paid ?? 0);
      const refundedFen = Number(row?.refunded ?? 0);
      return { dueFen, paidFen, refundedFen, outstandingFen: Number(row?.outstanding ?? 0) };
    };
    return {
      items: page.map((row) => ({
        classId: Number(row.classId),
        courseId: Number(row.courseId),
        students: Number(row.students),
        ...money(row),
      })),
      total: Number(count?.n ?? 0),
      page: query.page,
      pageSize: query.pageSize,
      totals: money(totals),
    };
  }
}

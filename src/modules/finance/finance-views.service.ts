import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type SelectQueryBuilder } from 'typeorm';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { businessDayRange } from '../../common/calendar/business-day';
import { UsersService } from '../../users/users.service';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { ClassMoneyPageView } from './class-money-page.view';
import type { ClassMoneyQueryDto } from './dto/class-money-query.dto';
import type { ClosingSheetQueryDto } from './dto/closing-sheet-query.dto';
import type { ClosingEntryView, ClosingSheetView } from './closing-sheet.view';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { MoneyTotals } from './money-totals';
import { OUTSTANDING_SUM } from './outstanding';
import { orderPage } from '../../common/pagination/order-page';

/** Money in (payments) and out (reversals of payments, refunds paid) on a day. */
const CLOSING_KINDS = ['payment', 'reversal', 'refund'];

type Figure = string | number | null;

/** A day's money row before the customer's name is looked up: reversals take their payment's method. */
type DayRow = Omit<ClosingEntryView, 'customerName'>;

/** A day's sums by one key (a method's code, a recorder's id). */
interface ClosingSum<Key> {
  key: Key;
  count: number;
  amountFen: number;
}

interface ClosingSums {
  byMethod: ClosingSum<string>[];
  byRecorder: ClosingSum<number>[];
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
    const { start, end } = businessDayRange(day, this.calendar.timeZone);
    const dayRows = () =>
      this.ledger
        .createQueryBuilder('e')
        // One range of the (paid_at, id) index: payments by when they were received, reversals
        // and refunds by when they were made.
        .where('e.paidAt >= :start', { start })
        .andWhere('e.paidAt < :end', { end })
        .andWhere('e.kind IN (:...kinds)', { kinds: CLOSING_KINDS });
    const pageOfDay = dayRows().select('e.id', 'id');
    orderPage(pageOfDay, query, { at: 'e.paidAt' }, 'at');
    const [sums, rows, labels] = await Promise.all([
      this.totals.get(`closing:${day}`, () => this.closingSums(dayRows)),
      pageOfDay.getRawMany<{ id: Figure }>(),
      this.dictionary.labels('payment_method'),
    ]);
    const entries = await this.dayEntries(rows.map((row) => Number(row.id)));
    const [customers, recorders] = await Promise.all([
      this.customers.summaries(entries.map((entry) => entry.customerId)),
      this.users.findMany(sums.byRecorder.map((row) => row.key).filter((id) => id > 0)),
    ]);
    const nameOf = new Map(recorders.map((user) => [user.id, user.displayName]));
    const methods = sums.byMethod.map((row) => ({
      methodCode: row.key,
      methodLabel: labels.get(row.key) ?? row.key,
      count: row.count,
      amountFen: row.amountFen,
    }));
    return {
      day,
      totalFen: methods.reduce((sum, row) => sum + row.amountFen, 0),
      count: methods.reduce((sum, row) => sum + row.count, 0),
      byMethod: methods,
      byRecorder: sums.byRecorder.map((row) => ({
        userId: row.key,
        name: nameOf.get(row.key) ?? '',
        count: row.count,
        amountFen: row.amountFen,
      })),
      entries: entries.map((entry): ClosingEntryView => ({
        ...entry,
        customerName: customers.get(entry.customerId)?.name ?? null,
      })),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** A day's money summed by method (a reversal at its payment's) and by who recorded it. */
  private async closingSums(dayRows: () => SelectQueryBuilder<LedgerEntry>): Promise<ClosingSums> {
    const signed = `CASE WHEN e.kind = 'payment' THEN e.amountFen ELSE 0 - e.amountFen END`;
    const grouped = async (column: string) =>
      (
        await dayRows()
          .innerJoin(LedgerEntry, 'p', 'p.id = COALESCE(e.reversesId, e.id)')
          .select(column, 'key')
          .addSelect('COUNT(*)', 'count')
          .addSelect(`SUM(${signed})`, 'amount')
          .groupBy(column)
          .orderBy(column, 'ASC')
          .getRawMany<{ key: string | number | null; count: Figure; amount: Figure }>()
      ).map((row) => ({ key: row.key, count: Number(row.count), amountFen: Number(row.amount) }));
    const [byMethod, byRecorder] = await Promise.all([
      grouped('p.methodCode'),
      grouped('e.recordedById'),
    ]);
    return {
      byMethod: byMethod.map((row) => ({ ...row, key: String(row.key) })),
      byRecorder: byRecorder.map((row) => ({ ...row, key: Number(row.key) })),
    };
  }

  /** The day's rows as the sheet lists them: a reversal with its payment's method and receipt. */
  private async dayEntries(ids: number[]): Promise<DayRow[]> {
    if (!ids.length) return [];
    const found = await this.ledger.findBy({ id: In(ids) });
    const rowOf = new Map(found.map((row) => [row.id, row]));
    const rows = ids.map((id) => rowOf.get(id)).filter((row) => row !== undefined);
    const reversed = rows.map((row) => row.reversesId).filter((id): id is number => id !== null);
    const [payments, receivables] = await Promise.all([
      reversed.length ? this.ledger.findBy({ id: In(reversed) }) : [],
      this.receivables.find({
        select: { id: true, customerId: true },
        where: { id: In([...new Set(rows.map((row) => row.receivableId))]) },
      }),
    ]);
    const paymentOf = new Map(payments.map((row) => [row.id, row]));
    const customerOf = new Map(receivables.map((row) => [row.id, row.customerId]));
    return rows.map((row) => {
      const payment = row.reversesId === null ? row : (paymentOf.get(row.reversesId) ?? row);
      return {
        id: row.id,
        kind: row.kind,
        receiptCode: payment.receiptCode,
        amountFen: row.kind === 'payment' ? row.amountFen : -row.amountFen,
        methodCode: payment.methodCode ?? '',
        at: row.paidAt ?? row.createdAt,
        recordedById: row.recordedById,
        receivableId: row.receivableId,
        customerId: customerOf.get(row.receivableId) ?? 0,
      };
    });
  }

  /** Each class's money, newest class first, with the totals of all classes asked for. */
  async byClass(query: ClassMoneyQueryDto): Promise<ClassMoneyPageView> {
    const filtered = () => {
      const rows = this.receivables.createQueryBuilder('r');
      if (query.courseId) rows.andWhere('r.courseId = :courseId', { courseId: query.courseId });
      if (query.classId) rows.andWhere('r.classId = :classId', { classId: query.classId });
      return rows;
    };
    const sums = (rows: ReturnType<typeof filtered>) =>
      rows
        .addSelect('COALESCE(SUM(r.dueFen), 0)', 'due')
        .addSelect('COALESCE(SUM(r.paidFen), 0)', 'paid')
        .addSelect('COALESCE(SUM(r.refundedFen), 0)', 'refunded')
        .addSelect(OUTSTANDING_SUM, 'outstanding');
    // Grouped by the class alone, so the (class_id, id) index gives the groups in order; a
    // class has one course.
    const classes = sums(
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
      sums(filtered().select('COUNT(*)', 'students')).getRawOne<Record<string, Figure>>(),
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

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, MoreThan, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { yuanFigure } from '../../common/money/yuan-figure';
import { CodeSequenceService } from '../../database/code-sequence/code-sequence.service';
import { findOrFail } from '../../database/find-or-fail';
import { isUniqueViolation } from '../../database/unique-violation';
import { IdempotencyService } from '../../idempotency/idempotency.service';
import { requestHash } from '../../idempotency/request-hash';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { PaymentDto } from './dto/payment.dto';
import type { ReceivableQueryDto } from './dto/receivable-query.dto';
import type { ReversalDto } from './dto/reversal.dto';
import { Instalment } from './entities/instalment.entity';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { InstalmentView } from './instalment.view';
import { businessDayRange } from '../../common/calendar/business-day';
import { Receivable } from './entities/receivable.entity';
import { LedgerEntryView } from './ledger-entry.view';
import type { NewReceivable } from './new-receivable';
import type { PaymentResultView } from './payment-result.view';
import type { ReceivableDetailView } from './receivable-detail.view';
import type { ReceivablePageView } from './receivable-page.view';
import { ReceivableListenerRegistry } from './receivable-listener.registry';
import { MOVABLE, PAYABLE } from './receivable-status';
import { outstandingOf } from './outstanding';
import { ReceivableView } from './receivable.view';
import { RECEIVABLE_ROW } from './receivable-row.query';
import { RECEIVABLE_MOVES } from './receivable-moves.query';
import { INSERT_LEDGER_ENTRY } from './ledger-entry-insert.query';
import { LEDGER_ENTRY_BY_RECEIPT } from './ledger-entry-by-receipt.query';
import { OffLoopReader } from '../../database/off-loop-reader';
import { MoneyTotals } from './money-totals';
import { RECEIVABLE_LIST_PAGE } from './receivable-list-page.query';
import { RECEIVABLE_LIST_TOTALS } from './receivable-list-totals.query';
import type { ReceivableFilterValues } from './receivable-list-shape';
import { RECEIVABLE_PEOPLE } from './receivable-people';

/** A payment may be dated a few minutes ahead: the recorder's clock is not the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The money of enrolments (§4.2.3): receivables, and the ledger of their fees, discounts,
 * payments and reversals. The only writer of money rows. Ledger rows are only added; a
 * receivable's figures move by guarded atomic updates in the same transaction as the row
 * they sum, so that no two concurrent moves can pay more than is owed or reverse twice.
 * Every money move keeps its Idempotency-Key inside its transaction (IdempotencyService.run).
 */
@Injectable()
export class FinanceService {
  constructor(
    @InjectRepository(Receivable) private readonly receivables: Repository<Receivable>,
    private readonly idempotency: IdempotencyService,
    private readonly dictionary: DictionaryService,
    private readonly codes: CodeSequenceService,
    private readonly calendar: BusinessCalendar,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly listeners: ReceivableListenerRegistry,
    private readonly totals: MoneyTotals,
    private readonly reader: OffLoopReader,
    private readonly customers: CustomersApi,
  ) {}

  /**
   * The receivable of a new enrolment, with its fee and discount rows, in the enrolment's
   * transaction: both are stored or neither.
   */
  async openReceivable(manager: EntityManager, input: NewReceivable): Promise<Receivable> {
    if (input.discountFen > input.feeFen) {
      throw DomainError.unprocessable(
        msg('finance.discountTooLarge', { fee: yuanFigure(input.feeFen) }),
        [{ field: 'discountFen', messages: [msg('finance.discountTooLargeDetail')] }],
        'DISCOUNT_TOO_LARGE',
      );
    }
    this.totals.changedIn(manager);
    const receivable = await manager.getRepository(Receivable).save(
      manager.getRepository(Receivable).create({
        enrolmentId: input.enrolmentId,
        classId: input.classId,
        courseId: input.courseId,
        customerId: input.customerId,
        coordinatorId: input.coordinatorId,
        dueFen: input.feeFen - input.discountFen,
        paidFen: 0,
        refundedFen: 0,
        status: input.feeFen === input.discountFen ? 'paid' : 'open',
      }),
    );
    const rows: Partial<LedgerEntry>[] = [
      {
        receivableId: receivable.id,
        kind: 'fee',
        amountFen: input.feeFen,
        recordedById: input.coordinatorId,
      },
    ];
    if (input.discountFen > 0) {
      rows.push({
        receivableId: receivable.id,
        kind: 'discount',
        amountFen: input.discountFen,
        note: input.discountReason,
        recordedById: input.coordinatorId,
      });
    }
    await manager.getRepository(LedgerEntry).insert(rows);
    // A discount of the whole fee: paid in full from the start.
    await this.firstPaidInFull(manager, receivable);
    return receivable;
  }

  /**
   * The student moved class (换班, 上车 in a later class): the money moves with them, as it
   * is, without a refund. In the move's transaction.
   */
  async followEnrolment(m: EntityManager, enrolmentId: number, classId: number): Promise<void> {
    this.totals.changedIn(m);
    await m
      .getRepository(Receivable)
      .update({ enrolmentId }, { classId, updatedAt: this.clock.now() });
  }

  /** The receivable of each enrolment, by enrolment id. */
  async receivableIdsOf(enrolmentIds: number[]): Promise<Map<number, number>> {
    const unique = [...new Set(enrolmentIds)];
    if (!unique.length) return new Map();
    const rows = await this.receivables.find({
      select: { id: true, enrolmentId: true },
      where: { enrolmentId: In(unique) },
    });
    return new Map(rows.map((row) => [row.enrolmentId, row.id]));
  }

  /**
   * One page of receivables with the totals of the whole list (kept a few seconds:
   * MoneyTotals), each read by a statement built once per shape; the totals off the event
   * loop, as they sum every row the list finds.
   */
  async list(principal: Principal, query: ReceivableQueryDto): Promise<ReceivablePageView> {
    const scope = RecordScope.forMoney(principal);
    if (query.from && query.to && query.from > query.to) {
      throw DomainError.badRequest(
        msg('common.periodEmpty'),
        [{ field: 'from', messages: [msg('common.mustBeBeforeTo')] }],
        'VALIDATION_FAILED',
      );
    }
    scope.assertMayAsk([query.coordinatorId], msg('finance.othersMoney'), 'FORBIDDEN');
    const filter = this.filterOf(query);
    const shape = { filter, scope, page: query };
    const values = { ...filter, ...scope.whereValues() };
    const source = this.receivables.manager.connection;
    // Built before anything runs: an unknown sort is refused at once.
    const page = RECEIVABLE_LIST_PAGE.on(source, shape);
    const key = JSON.stringify(values);
    const [rows, sums] = await Promise.all([
      page.rows(this.receivables.manager, values),
      this.totals.get(
        key,
        async () =>
          (await this.reader.one(RECEIVABLE_LIST_TOTALS.on(source, shape), values)) ?? {
            total: 0,
            due: 0,
            paid: 0,
            refunded: 0,
            outstanding: 0,
          },
      ),
    ]);
    const customers = await this.customers.summaries(rows.map((row) => row.customerId));
    return {
      items: rows.map((row) => ({
        ...ReceivableView.of(row),
        customer: customers.get(row.customerId) ?? null,
      })),
      total: sums.total,
      page: query.page,
      pageSize: query.pageSize,
      totals: {
        dueFen: sums.due,
        paidFen: sums.paid,
        refundedFen: sums.refunded,
        outstandingFen: sums.outstanding,
      },
    };
  }

  /** The list's conditions, by the values they bind (only those asked for). */
  private filterOf(query: ReceivableQueryDto): ReceivableFilterValues {
    const filter: ReceivableFilterValues = {};
    if (query.classId) filter.classId = query.classId;
    if (query.courseId) filter.courseId = query.courseId;
    if (query.customerId) filter.customerId = query.customerId;
    if (query.coordinatorId) filter.coordinatorId = query.coordinatorId;
    if (query.status) filter.status = query.status;
    const zone = this.calendar.timeZone;
    if (query.from) filter.from = businessDayRange(query.from, zone).start;
    if (query.to) filter.to = businessDayRange(query.to, zone).end;
    if (query.overdue === true) filter.overdueBefore = this.calendar.today().date;
    if (query.overdue === false) filter.notOverdueOn = this.calendar.today().date;
    return filter;
  }

  async get(principal: Principal, id: number): Promise<ReceivableDetailView> {
    const row = await this.visible(principal, this.receivables.manager, id);
    const m = this.receivables.manager;
    const [entries, instalments, customers] = await Promise.all([
      m.getRepository(LedgerEntry).find({ where: { receivableId: id }, order: { id: 'ASC' } }),
      m.getRepository(Instalment).find({ where: { receivableId: id }, order: { seq: 'ASC' } }),
      this.customers.summaries([row.customerId]),
    ]);
    const today = this.calendar.today().date;
    return {
      ...ReceivableView.of(row),
      customer: customers.get(row.customerId) ?? null,
      entries: entries.map(LedgerEntryView.of),
      instalments: instalments.map((instalment) =>
        InstalmentView.of(instalment, row.paidFen, today),
      ),
    };
  }

  /**
   * 回款登记: a payment against a receivable, at most what it still owes. Once per
   * Idempotency-Key: a retry gets the first answer and moves nothing.
   */
  async recordPayment(
    principal: Principal,
    receivableId: number,
    key: string | undefined,
    dto: PaymentDto,
  ): Promise<PaymentResultView> {
    const moneyKey = this.requireKey(key);
    const paidAt = this.paidAt(dto.paidAt);
    // The request as sent: a retry without paidAt is the same request, though "now" moved.
    const hash = requestHash('finance.payment', { receivableId, ...dto });
    const receipts = this.receiptPrefix();
    await this.codes.prepare(receipts);
    return this.idempotency.run(moneyKey, principal, hash, async (m) => {
      await this.dictionary.assertActive('payment_method', dto.methodCode, 'methodCode', m);
      // Moved first, then read once: a receivable the user may not see answers 404, and the
      // transaction, rolled back, moved nothing.
      const moved = await this.move(principal, m, receivableId, dto.amountFen);
      // A payment only covers more: without a next due date there is none to move on.
      if (moved.nextDueDate !== null) await this.refreshNextDue(m, moved);
      await this.firstPaidInFull(m, moved);
      const entry = await this.appendPayment(m, {
        receivableId,
        kind: 'payment',
        amountFen: dto.amountFen,
        methodCode: dto.methodCode,
        paidAt,
        receiptCode: await this.codes.nextIn(m, receipts, 4),
        reversesId: null,
        note: dto.note ?? null,
        recordedById: principal.id,
        createdAt: this.clock.now(),
      });
      return this.answer(m, entry, moved, 'payment.create', {
        amountFen: entry.amountFen,
        methodCode: entry.methodCode,
        receiptCode: entry.receiptCode,
      });
    });
  }

  /**
   * A wrong payment undone by a reversal row pointing at it (the payment row stays): once
   * per payment, with a reason, by finance or a manager.
   */
  async reversePayment(
    principal: Principal,
    paymentId: number,
    key: string | undefined,
    dto: ReversalDto,
  ): Promise<PaymentResultView> {
    const hash = requestHash('finance.reversal', { paymentId, ...dto });
    return this.idempotency.run(this.requireKey(key), principal, hash, async (m) => {
      const payment = await findOrFail(m, LedgerEntry, paymentId, msg('entities.payment'));
      if (payment.kind !== 'payment') {
        throw DomainError.unprocessable(msg('finance.notAPayment'), undefined, 'NOT_A_PAYMENT');
      }
      const already = await m.getRepository(LedgerEntry).findOneBy({ reversesId: payment.id });
      if (already) throw this.alreadyReversed(payment);
      const receivable = await this.visible(principal, m, payment.receivableId);
      let entry: LedgerEntry;
      try {
        // The row first: its unique reversesId makes a concurrent reversal of the same
        // payment wait for this one, then fail, before either moves the receivable.
        entry = await this.append(m, {
          receivableId: receivable.id,
          kind: 'reversal',
          amountFen: payment.amountFen,
          // When the money was taken back on the books: the day's closing sheet counts it then.
          paidAt: this.clock.now(),
          reversesId: payment.id,
          note: dto.reason,
          recordedById: principal.id,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw this.alreadyReversed(payment);
        throw error;
      }
      const moved = await this.move(principal, m, receivable.id, -payment.amountFen);
      await this.refreshNextDue(m, moved);
      return this.answer(m, entry, moved, 'payment.reverse', {
        reverses: payment.receiptCode,
        amountFen: payment.amountFen,
        reason: dto.reason,
      });
    });
  }

  /**
   * Pays out an approved refund (§4.2.3), in the approval's transaction: at most what was
   * paid and not refunded yet, by one guarded statement; the receivable is then refunded
   * (settled) and the listeners take the student off the class.
   */
  async refundIn(
    m: EntityManager,
    principal: Principal,
    refund: { receivableId: number; amountFen: number; methodCode: string; note: string | null },
  ): Promise<{ entry: LedgerEntry; receivable: Receivable }> {
    await this.dictionary.assertActive('payment_method', refund.methodCode, 'methodCode', m);
    this.totals.changedIn(m);
    const moved = await m
      .createQueryBuilder()
      .update(Receivable)
      .set({
        refundedFen: () => 'refunded_fen + :amount',
        status: 'refunded',
        updatedAt: this.clock.now(),
      })
      .where('id = :id', { id: refund.receivableId })
      .andWhere('refunded_fen + :amount <= paid_fen')
      .andWhere('status IN (:...movable)', { movable: MOVABLE })
      .setParameter('amount', refund.amountFen)
      .updateEntity(false)
      .execute();
    const receivable = await findOrFail(
      m,
      Receivable,
      refund.receivableId,
      msg('entities.receivable'),
    );
    if (moved.affected !== 1) throw this.refundTooLarge(receivable);
    const entry = await this.append(m, {
      receivableId: receivable.id,
      kind: 'refund',
      amountFen: refund.amountFen,
      methodCode: refund.methodCode,
      paidAt: this.clock.now(),
      note: refund.note,
      recordedById: principal.id,
    });
    for (const listener of this.listeners.all()) await listener.refunded?.(m, receivable);
    return { entry, receivable };
  }

  /** Refuses a refund of more than was paid and not refunded, or of a settled receivable. */
  refundTooLarge(receivable: Receivable): DomainError {
    if (!MOVABLE.includes(receivable.status)) {
      return DomainError.conflict(
        msg('finance.notRefundable', { status: msg(`finance.status.${receivable.status}`) }),
        'NOT_REFUNDABLE',
      );
    }
    return DomainError.conflict(
      msg('finance.refundTooLarge', {
        refundable: yuanFigure(receivable.paidFen - receivable.refundedFen),
      }),
      'REFUND_TOO_LARGE',
    );
  }

  /**
   * Moves a receivable's paid figure by `deltaFen` (negative for a reversal) in one guarded
   * statement: it changes nothing when the payment would take it past what is owed, or below
   * zero, or the receivable no longer takes payments. The database serialises concurrent
   * moves of one row, so the check and the change are one step. Answers the receivable as
   * the transaction sees it after the move, or 404 when the user may not see its money (the
   * caller's transaction then rolls the move back).
   */
  private async move(
    principal: Principal,
    m: EntityManager,
    receivableId: number,
    deltaFen: number,
  ): Promise<Receivable> {
    this.totals.changedIn(m);
    const moved = await RECEIVABLE_MOVES[deltaFen > 0 ? 'pay' : 'reverse'].run(m, {
      id: receivableId,
      delta: deltaFen,
      updatedAt: this.clock.now(),
    });
    const now = await this.visible(principal, m, receivableId);
    if (moved === 1) return now;
    const outstanding = outstandingOf(now);
    const status = msg(`finance.status.${now.status}`);
    if (deltaFen > 0 && !PAYABLE.includes(now.status)) {
      throw DomainError.conflict(msg('finance.notPayable', { status }), 'NOT_PAYABLE');
    }
    if (deltaFen < 0) {
      // Only a refunded (or written-off) receivable keeps a payment from being reversed.
      throw DomainError.conflict(msg('finance.notReversible', { status }), 'NOT_REVERSIBLE');
    }
    throw DomainError.conflict(
      msg('finance.overpayment', {
        amount: yuanFigure(Math.abs(deltaFen)),
        outstanding: yuanFigure(outstanding),
      }),
      'OVERPAYMENT',
    );
  }

  /**
   * Sets the receivable's next due date from its payment plan and what is paid now: the first
   * instalment the payments do not cover (none without a plan). In the transaction of the
   * change of either.
   */
  async refreshNextDue(m: EntityManager, receivable: Receivable): Promise<void> {
    // Instalments are in due order and add up: the first not covered is the next due.
    const next = await m.getRepository(Instalment).findOne({
      where: { receivableId: receivable.id, cumulativeFen: MoreThan(receivable.paidFen) },
      order: { seq: 'ASC' },
    });
    const nextDueDate = next?.dueDate ?? null;
    if (nextDueDate === receivable.nextDueDate) return;
    this.totals.changedIn(m);
    await m
      .createQueryBuilder()
      .update(Receivable)
      .set({ nextDueDate })
      .where('id = :id', { id: receivable.id })
      .updateEntity(false)
      .execute();
    receivable.nextDueDate = nextDueDate;
  }

  /**
   * Marks the receivable paid in full the first time it is (a guarded update: once, however
   * many payments, reversals and retries), and tells the listeners, in the payment's
   * transaction. `receivable` is as the transaction sees it after its move.
   */
  private async firstPaidInFull(m: EntityManager, receivable: Receivable): Promise<void> {
    if (receivable.status !== 'paid' || (receivable.paidInFullAt ?? null) !== null) return;
    const at = this.clock.now();
    const marked = await m
      .createQueryBuilder()
      .update(Receivable)
      .set({ paidInFullAt: at })
      .where('id = :id', { id: receivable.id })
      .andWhere('status = :paid', { paid: 'paid' })
      .andWhere('paid_in_full_at IS NULL')
      .updateEntity(false)
      .execute();
    if (marked.affected !== 1) return;
    receivable.paidInFullAt = at;
    for (const listener of this.listeners.all()) await listener.paidInFull?.(m, receivable);
  }

  /** The receivable as the transaction sees it now (plain data), or 404. */
  private async read(m: EntityManager, id: number): Promise<Receivable> {
    const row = await RECEIVABLE_ROW.one(m, { id });
    if (!row) throw DomainError.notFound(msg('entities.receivable'), id);
    return row;
  }

  private async append(m: EntityManager, row: Partial<LedgerEntry>): Promise<LedgerEntry> {
    const repository = m.getRepository(LedgerEntry);
    return repository.save(repository.create(row));
  }

  /**
   * A payment row, by the prepared INSERT (every payment adds one); its id read back by its
   * receipt number, which is unique.
   */
  private async appendPayment(
    m: EntityManager,
    row: Omit<LedgerEntry, 'id'> & { receiptCode: string },
  ): Promise<LedgerEntry> {
    await INSERT_LEDGER_ENTRY.run(m, row as LedgerEntry);
    const inserted = await LEDGER_ENTRY_BY_RECEIPT.one(m, { receiptCode: row.receiptCode });
    if (!inserted) throw new Error(`The payment ${row.receiptCode} was not stored.`);
    return { ...row, id: inserted.id };
  }

  private async answer(
    m: EntityManager,
    entry: LedgerEntry,
    receivable: Receivable,
    action: string,
    after: Record<string, unknown>,
  ): Promise<PaymentResultView> {
    await this.audit.record(
      {
        action,
        entityType: 'Receivable',
        entityId: receivable.id,
        after: {
          ...after,
          entryId: entry.id,
          paidFen: receivable.paidFen,
          status: receivable.status,
        },
      },
      m,
    );
    return { entry: LedgerEntryView.of(entry), receivable: ReceivableView.of(receivable) };
  }

  /** The receivable, if the user may see its money; 404 otherwise, as if it did not exist. */
  async visible(principal: Principal, m: EntityManager, id: number): Promise<Receivable> {
    const row = await this.read(m, id);
    if (!RecordScope.forMoney(principal).covers(row, RECEIVABLE_PEOPLE)) {
      throw DomainError.notFound(msg('entities.receivable'), id);
    }
    return row;
  }

  requireKey(key: string | undefined): string {
    if (key === undefined) {
      throw DomainError.badRequest(
        msg('finance.keyRequired'),
        undefined,
        'IDEMPOTENCY_KEY_REQUIRED',
      );
    }
    return key;
  }

  private paidAt(value: string | undefined): Date {
    const now = this.clock.now();
    if (value === undefined) return now;
    const at = new Date(value);
    if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw DomainError.badRequest(
        msg('finance.paidInFuture'),
        [{ field: 'paidAt', messages: [msg('finance.paidInFutureDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    return at;
  }

  /**
   * 收据号 `R` + business date + a sequence of the day, drawn in the payment's transaction:
   * receipts have no gaps, and a retried or failed payment takes no number.
   */
  private receiptPrefix(): string {
    return `R${this.calendar.today().date.replace(/-/g, '')}`;
  }

  private alreadyReversed(payment: LedgerEntry): DomainError {
    return DomainError.conflict(
      msg('finance.alreadyReversed', { receipt: payment.receiptCode ?? String(payment.id) }),
      'ALREADY_REVERSED',
    );
  }
}

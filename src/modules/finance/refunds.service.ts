import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { EntityManager, In, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import type { Page } from '../../common/pagination/page';
import { readPage } from '../../common/pagination/apply-page';
import { findOrFail } from '../../database/find-or-fail';
import { isUniqueViolation } from '../../database/unique-violation';
import { DocumentUpload } from '../../files/document-upload';
import { FileStore } from '../../files/file-store';
import type { OpenFile } from '../../files/stored-file';
import { IdempotencyService } from '../../idempotency/idempotency.service';
import { requestHash } from '../../idempotency/request-hash';
import { NotificationsService } from '../../notifications/notifications.service';
import { UsersService } from '../../users/users.service';
import { CustomersApi } from '../customers/customers.api';
import type { RefundItemView } from './refund-item.view';
import type { RefundApprovalDto } from './dto/refund-approval.dto';
import type { RefundQueryDto } from './dto/refund-query.dto';
import type { RefundRejectionDto } from './dto/refund-rejection.dto';
import type { RefundRequestDto } from './dto/refund-request.dto';
import { Receivable } from './entities/receivable.entity';
import { RefundRequest } from './entities/refund-request.entity';
import { FinanceService } from './finance.service';
import { ReceivableView } from './receivable.view';
import type { RefundDocumentView } from './refund-document.view';
import { RefundRequestView } from './refund-request.view';
import type { RefundResultView } from './refund-result.view';
import { MOVABLE } from './receivable-status';
import { REFUND_DOCUMENT_TYPES } from './refund-document-types';

/** A written request: a scan or a PDF, of a size a scanner makes. */
const DOCUMENT_KIND = 'refund-document';
const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
/** An upload no request took is deleted after this long. */
const UNCLAIMED_DOCUMENT_MS = 24 * 3600_000;
/** Who decides refund requests, and hears of new ones. */
const DECIDERS = ['finance', 'manager'];
const REFUND_PEOPLE = { owner: 'coordinatorId' } as const;

/**
 * Refunds (§4.2.3 必须提交书面退费申请): a written request with its scan or PDF, decided by
 * finance or a manager other than the requester; approval pays the refund out (the money
 * by FinanceService, in the same transaction) and the student leaves the class.
 */
@Injectable()
export class RefundsService {
  constructor(
    @InjectRepository(RefundRequest) private readonly refunds: Repository<RefundRequest>,
    private readonly finance: FinanceService,
    private readonly uploads: DocumentUpload,
    private readonly files: FileStore,
    private readonly idempotency: IdempotencyService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly customers: CustomersApi,
  ) {}

  async uploadDocument(principal: Principal, request: FastifyRequest): Promise<RefundDocumentView> {
    const stored = await this.uploads.receive(request, {
      kind: DOCUMENT_KIND,
      ownerId: principal.id,
      maxBytes: DOCUMENT_MAX_BYTES,
      types: REFUND_DOCUMENT_TYPES,
      typesText: 'PDF, JPEG, PNG',
      retainUntil: new Date(this.clock.now().getTime() + UNCLAIMED_DOCUMENT_MS),
    });
    // A scan of a signed request holds personal data: who put it in the system is recorded.
    await this.audit.record({
      action: 'refund.documentUpload',
      meta: { fileId: stored.id, size: stored.size, contentType: stored.contentType },
    });
    return { id: stored.id, name: stored.name, size: stored.size, contentType: stored.contentType };
  }

  async request(
    principal: Principal,
    receivableId: number,
    dto: RefundRequestDto,
  ): Promise<RefundRequestView> {
    const document = await this.files.get(dto.documentId);
    if (!document || document.kind !== DOCUMENT_KIND || document.ownerId !== principal.id) {
      throw DomainError.unprocessable(
        msg('finance.documentInvalid'),
        [{ field: 'documentId', messages: [msg('finance.documentInvalidDetail')] }],
        'DOCUMENT_INVALID',
      );
    }
    const row = await this.refunds.manager.transaction(async (m) => {
      const receivable = await this.finance.visible(principal, m, receivableId);
      if (
        !MOVABLE.includes(receivable.status) ||
        dto.amountFen > receivable.paidFen - receivable.refundedFen
      )
        throw this.finance.refundTooLarge(receivable);
      const pending = await m
        .getRepository(RefundRequest)
        .findOneBy({ receivableId, status: 'pending' });
      if (pending) throw this.pending(pending.id);
      const refund = m.getRepository(RefundRequest).create({
        receivableId,
        amountFen: dto.amountFen,
        reason: dto.reason,
        documentFileId: document.id,
        status: 'pending',
        requestedById: principal.id,
        requestedAt: this.clock.now(),
        decidedById: null,
        decidedAt: null,
        decisionNote: null,
        refundEntryId: null,
      });
      try {
        await m.getRepository(RefundRequest).save(refund);
      } catch (error) {
        // A colleague's request for the same receivable, at the same moment.
        if (isUniqueViolation(error)) throw this.pending(0);
        throw error;
      }
      await this.files.retain(document.id, null, m);
      await this.notifications.notifyUsers(
        (await this.users.activeIdsWithRoles(DECIDERS)).filter((id) => id !== principal.id),
        { kind: 'refund.requested', data: { refundId: refund.id } },
        m,
      );
      await this.audit.record(
        {
          action: 'refund.request',
          entityType: 'RefundRequest',
          entityId: refund.id,
          after: {
            receivableId,
            amountFen: refund.amountFen,
            reason: refund.reason,
            documentId: document.id,
          },
        },
        m,
      );
      return refund;
    });
    return RefundRequestView.of(row);
  }

  /** Approves and pays out: a money move, once per Idempotency-Key. */
  approve(
    principal: Principal,
    id: number,
    key: string | undefined,
    dto: RefundApprovalDto,
  ): Promise<RefundResultView> {
    const moneyKey = this.finance.requireKey(key);
    return this.idempotency.run(
      moneyKey,
      principal,
      requestHash('finance.refund', { id, ...dto }),
      async (m) => {
        const refund = await this.decide(m, principal, id, 'executed');
        const { entry, receivable } = await this.finance.refundIn(m, principal, {
          receivableId: refund.receivableId,
          amountFen: refund.amountFen,
          methodCode: dto.methodCode,
          note: dto.note ?? null,
        });
        await m
          .getRepository(RefundRequest)
          .update({ id }, { refundEntryId: entry.id, decisionNote: dto.note ?? null });
        const decided = await findOrFail(m, RefundRequest, id, msg('entities.refund'));
        await this.decided(m, decided, 'refund.approve', {
          amountFen: decided.amountFen,
          entryId: entry.id,
        });
        return { refund: RefundRequestView.of(decided), receivable: ReceivableView.of(receivable) };
      },
    );
  }

  async reject(
    principal: Principal,
    id: number,
    dto: RefundRejectionDto,
  ): Promise<RefundRequestView> {
    const row = await this.refunds.manager.transaction(async (m) => {
      await this.decide(m, principal, id, 'rejected');
      await m.getRepository(RefundRequest).update({ id }, { decisionNote: dto.reason });
      const decided = await findOrFail(m, RefundRequest, id, msg('entities.refund'));
      await this.decided(m, decided, 'refund.reject', { reason: dto.reason });
      return decided;
    });
    return RefundRequestView.of(row);
  }

  async list(principal: Principal, query: RefundQueryDto): Promise<Page<RefundItemView>> {
    const rows = this.refunds
      .createQueryBuilder('f')
      .innerJoin(Receivable, 'r', 'r.id = f.receivableId');
    if (query.status) rows.andWhere('f.status = :status', { status: query.status });
    if (query.receivableId)
      rows.andWhere('f.receivableId = :receivableId', { receivableId: query.receivableId });
    RecordScope.forMoney(principal).where(rows, 'r', REFUND_PEOPLE);
    const page = await readPage(rows, query, { id: 'f.id' }, '-id', RefundRequestView.of);
    return { ...page, items: await this.named(page.items) };
  }

  /** The requests with their student's and their requester's names, read once per page. */
  private async named(items: RefundRequestView[]): Promise<RefundItemView[]> {
    const receivables = items.length
      ? await this.refunds.manager.getRepository(Receivable).find({
          select: { id: true, customerId: true },
          where: { id: In(items.map((item) => item.receivableId)) },
        })
      : [];
    const customerOf = new Map(receivables.map((row) => [row.id, row.customerId]));
    const [customers, requesters] = await Promise.all([
      this.customers.summaries([...customerOf.values()]),
      this.users.staffMembers(items.map((item) => item.requestedById)),
    ]);
    const nameOf = new Map(requesters.map((user) => [user.id, user.displayName]));
    return items.map((item) => ({
      ...item,
      customer: customers.get(customerOf.get(item.receivableId) ?? 0) ?? null,
      requestedByName: nameOf.get(item.requestedById) ?? '',
    }));
  }

  async get(principal: Principal, id: number): Promise<RefundRequestView> {
    return RefundRequestView.of(await this.visible(principal, id));
  }

  async document(principal: Principal, id: number): Promise<OpenFile> {
    const refund = await this.visible(principal, id);
    return this.files.stream(refund.documentFileId);
  }

  /** The request, if the user may see the money of its receivable; else 404. */
  private async visible(principal: Principal, id: number): Promise<RefundRequest> {
    const refund = await findOrFail(
      this.refunds.manager,
      RefundRequest,
      id,
      msg('entities.refund'),
    );
    await this.finance.visible(principal, this.refunds.manager, refund.receivableId).catch(() => {
      throw DomainError.notFound(msg('entities.refund'), id);
    });
    return refund;
  }

  /**
   * Moves a pending request to its decision by one guarded statement (so two deciders at
   * the same moment cannot both decide it), by anyone but its requester.
   */
  private async decide(
    m: EntityManager,
    principal: Principal,
    id: number,
    status: 'executed' | 'rejected',
  ): Promise<RefundRequest> {
    const refund = await findOrFail(m, RefundRequest, id, msg('entities.refund'));
    if (refund.requestedById === principal.id) {
      throw DomainError.forbidden(msg('finance.approverIsRequester'), 'APPROVER_IS_REQUESTER');
    }
    const moved = await m
      .createQueryBuilder()
      .update(RefundRequest)
      .set({ status, decidedById: principal.id, decidedAt: this.clock.now() })
      .where('id = :id', { id })
      .andWhere('status = :pending', { pending: 'pending' })
      .execute();
    if (moved.affected !== 1) {
      const now = await findOrFail(m, RefundRequest, id, msg('entities.refund'));
      throw DomainError.conflict(
        msg('finance.refundDecided', { status: msg(`finance.refundStatus.${now.status}`) }),
        'REFUND_DECIDED',
      );
    }
    return refund;
  }

  private async decided(
    m: EntityManager,
    refund: RefundRequest,
    action: string,
    after: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(
      {
        action,
        entityType: 'RefundRequest',
        entityId: refund.id,
        after: { status: refund.status, ...after },
      },
      m,
    );
    await this.notifications.notifyUsers(
      [refund.requestedById],
      { kind: 'refund.decided', data: { refundId: refund.id } },
      m,
    );
  }

  private pending(id: number): DomainError {
    return DomainError.conflict(msg('finance.refundPending', { id }), 'REFUND_PENDING');
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { assertMayAssignOwner } from '../../access/owner-assignment';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { Clock } from '../../common/clock';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { CodeSequenceService } from '../../database/code-sequence/code-sequence.service';
import { updateAtVersion } from '../../database/update-at-version';
import { SmsOutboxService } from '../../notifications/sms/sms-outbox.service';
import { UsersService } from '../../users/users.service';
import { changedPersonalFields, customerSnapshot } from './customer-audit';
import { CustomerHistoryService } from './customer-history.service';
import { CustomerIndexService } from './customer-index.service';
import { CUSTOMER_DETAIL } from './customer-detail.query';
import { CustomerChanges, CustomerInput } from './customer-input';
import { CustomerTotals } from './customer-totals';
import { CustomerTransferService } from './customer-transfer.service';
import { toCustomerView, CustomerView } from './customer-view';
import { newCustomerRow } from './new-customer';
import type { CreateCustomerDto } from './dto/create-customer.dto';
import type { UpdateCustomerDto } from './dto/update-customer.dto';
import { Customer } from './entities/customer.entity';
import { ViewQuotaService } from './view-quota.service';
import { msg } from '../../common/i18n/msg';

const MAX_INTRODUCER_CHAIN = 1000;

/**
 * The customer file's rules: one record per mobile number, introducers without cycles,
 * history of status changes, the search index, the daily view quota and the audit trail.
 */
@Injectable()
export class CustomersService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly input: CustomerInput,
    private readonly index: CustomerIndexService,
    private readonly history: CustomerHistoryService,
    private readonly quota: ViewQuotaService,
    private readonly codes: CodeSequenceService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly calendar: BusinessCalendar,
    private readonly totals: CustomerTotals,
    private readonly transfers: CustomerTransferService,
    private readonly outbox: SmsOutboxService,
  ) {}

  /** The next customer code, `C` + business date + sequence. */
  nextCode(): Promise<string> {
    return this.codes.next(this.codePrefix());
  }

  /** `count` customer codes in one draw, for imports. */
  nextCodes(count: number): Promise<string[]> {
    return this.codes.nextBlock(this.codePrefix(), count);
  }

  private codePrefix(): string {
    return `C${this.calendar.today().date.replace(/-/g, '')}`;
  }

  async create(principal: Principal, dto: CreateCustomerDto): Promise<CustomerView> {
    const ownerId = dto.ownerId ?? principal.id;
    assertMayAssignOwner(principal, ownerId);
    const { changes, problems } = await this.input.normalize(dto, this.input.lookup());
    if (problems.length) throw this.invalid(problems);
    await this.assertMobileFree(changes.mobile as string);
    await this.assertOwner(ownerId);
    if (dto.introducerId) await this.findLive(dto.introducerId, 'introducerId');
    const code = await this.nextCode();
    const saved = await this.customers.manager.transaction(async (m) => {
      const repository = m.getRepository(Customer);
      const customer = repository.create(
        newCustomerRow(changes, {
          code,
          ownerId,
          createdById: principal.id,
          introducerId: dto.introducerId,
        }),
      );
      await repository.save(customer);
      await this.index.index(m, [customer]);
      await this.history.record(m, customer.id, {}, customer);
      await this.audit.record(
        {
          action: 'customer.create',
          entityType: 'Customer',
          entityId: customer.id,
          after: customerSnapshot(customer),
        },
        m,
      );
      if (ownerId !== principal.id) {
        await this.transfers.recordMove(m, {
          customerIds: [customer.id],
          fromOwnerId: null,
          toOwnerId: ownerId,
          via: 'create',
        });
      }
      return customer;
    });
    return this.view(saved.id);
  }

  /**
   * A detail view: counts against the daily quota (once found) and is audited. Those who may
   * restore customers also open deleted ones (to restore them); for others they are gone.
   */
  async read(principal: Principal, id: number): Promise<CustomerView> {
    const customer = await this.load(id, principal.ability.can('restore', 'Customer'));
    await this.quota.consume(principal);
    await this.audit.record({ action: 'customer.view', entityType: 'Customer', entityId: id });
    return toCustomerView(customer, this.calendar.today().date);
  }

  async update(principal: Principal, id: number, dto: UpdateCustomerDto): Promise<CustomerView> {
    const current = await this.findLive(id);
    if (current.erasedAt) throw DomainError.conflict(msg('customers.erasedNoChange'), 'ERASED');
    if (dto.ownerId !== undefined) assertMayAssignOwner(principal, dto.ownerId, current.ownerId);
    if (current.version !== dto.version) throw DomainError.staleVersion(msg('entities.customer'));
    const { changes, problems } = await this.input.normalize(dto, this.input.lookup(), current);
    if (problems.length) throw this.invalid(problems);
    if (changes.mobile && changes.mobile !== current.mobile)
      await this.assertMobileFree(changes.mobile, id);
    const move: Partial<Customer> = {};
    if (dto.ownerId !== undefined && dto.ownerId !== current.ownerId) {
      await this.assertOwner(dto.ownerId);
      move.ownerId = dto.ownerId;
    }
    if (dto.introducerId !== undefined && dto.introducerId !== current.introducerId) {
      if (dto.introducerId !== null) await this.assertIntroducer(id, dto.introducerId);
      move.introducerId = dto.introducerId;
    }
    await this.customers.manager.transaction(async (m) => {
      const after = { ...current, ...changes, ...move } as Customer;
      await updateAtVersion(
        m,
        Customer,
        { id, version: current.version },
        { ...changes, ...move } as CustomerChanges,
        msg('entities.customer'),
      );
      if (
        changes.name !== undefined ||
        changes.mobile !== undefined ||
        changes.otherPhones !== undefined
      ) {
        await this.index.reindex(m, after);
      }
      await this.history.record(m, id, current, after);
      // Opting out of care texts also stops the greetings queued already (§4.2.6).
      if (changes.care?.smsOptOut && !current.care?.smsOptOut) {
        await this.outbox.cancelQueuedFor(id, 'care', 'cancelled: the customer opted out', m);
      }
      if (move.ownerId !== undefined) {
        await this.transfers.recordMove(m, {
          customerIds: [id],
          fromOwnerId: current.ownerId,
          toOwnerId: move.ownerId,
          via: 'update',
        });
      }
      await this.audit.record(
        {
          action: 'customer.update',
          entityType: 'Customer',
          entityId: id,
          before: customerSnapshot(current),
          after: customerSnapshot(after),
          meta: { personalFieldsChanged: changedPersonalFields(current, after) },
        },
        m,
      );
    });
    return this.view(id);
  }

  /** The full phone numbers, for calling: counts against the quota and is audited. */
  async revealPhones(
    principal: Principal,
    id: number,
  ): Promise<{ mobile: string; otherPhones: string[] }> {
    const customer = await this.findLive(id);
    if (customer.erasedAt) throw DomainError.conflict(msg('customers.erasedNoPhone'), 'ERASED');
    await this.quota.consume(principal);
    await this.audit.record({
      action: 'customer.revealPhone',
      entityType: 'Customer',
      entityId: id,
    });
    return { mobile: customer.mobile, otherPhones: customer.otherPhones ?? [] };
  }

  async softDelete(id: number): Promise<void> {
    const customer = await this.findLive(id);
    await this.customers.manager.transaction(async (m) => {
      await m.getRepository(Customer).update(id, { deletedAt: this.clock.now() });
      this.totals.clear();
      await this.audit.record(
        {
          action: 'customer.delete',
          entityType: 'Customer',
          entityId: id,
          before: customerSnapshot(customer),
        },
        m,
      );
    });
  }

  async restore(id: number): Promise<CustomerView> {
    const customer = await this.load(id, true);
    if (!customer.deletedAt) throw DomainError.conflict(msg('customers.notDeleted'), 'NOT_DELETED');
    await this.assertMobileFree(customer.mobile, id);
    await this.customers.manager.transaction(async (m) => {
      await m.getRepository(Customer).update(id, { deletedAt: null });
      this.totals.clear();
      await this.audit.record(
        { action: 'customer.restore', entityType: 'Customer', entityId: id },
        m,
      );
    });
    return this.view(id);
  }

  /** A customer that exists and is not deleted; 404 otherwise (or a 400 on `field`). */
  async findLive(id: number, field?: string, manager?: EntityManager): Promise<Customer> {
    const customer = await (manager ?? this.customers.manager)
      .getRepository(Customer)
      .findOneBy({ id });
    if (customer && !customer.deletedAt) return customer;
    if (field) {
      throw DomainError.badRequest(
        msg('customers.noSuchCustomer', { id }),
        [{ field, messages: [msg('customers.noSuchCustomerDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    throw DomainError.notFound(msg('entities.customer'), id);
  }

  private async view(id: number): Promise<CustomerView> {
    return toCustomerView(await this.load(id, true), this.calendar.today().date);
  }

  private async load(id: number, includeDeleted: boolean): Promise<Customer> {
    const customer = await CUSTOMER_DETAIL.one(this.customers.manager, { id });
    if (!customer || (customer.deletedAt && !includeDeleted))
      throw DomainError.notFound(msg('entities.customer'), id);
    return customer;
  }

  private async assertMobileFree(mobile: string, exceptId?: number): Promise<void> {
    const holder = await this.customers.findOne({
      select: { id: true, code: true },
      where: { mobile },
    });
    if (holder && holder.id !== exceptId) {
      throw DomainError.conflict(
        msg('customers.duplicateMobile', { code: holder.code }),
        'DUPLICATE_MOBILE',
      );
    }
  }

  private async assertOwner(ownerId: number): Promise<void> {
    const owner = await this.users.findById(ownerId).catch(() => null);
    if (!owner || owner.status !== 'active') {
      throw DomainError.badRequest(
        msg('customers.ownerNotActive', { id: ownerId }),
        [{ field: 'ownerId', messages: [msg('customers.ownerNotActiveDetail')] }],
        'VALIDATION_FAILED',
      );
    }
  }

  /** An introducer must exist and must not be the customer or one of the people it introduced. */
  private async assertIntroducer(customerId: number, introducerId: number): Promise<void> {
    if (introducerId === customerId) {
      throw DomainError.unprocessable(
        msg('customers.selfIntroducer'),
        [{ field: 'introducerId', messages: [msg('customers.selfIntroducerDetail')] }],
        'INTRODUCER_CYCLE',
      );
    }
    let current: Customer | null = await this.findLive(introducerId, 'introducerId');
    for (let steps = 0; current?.introducerId && steps < MAX_INTRODUCER_CHAIN; steps += 1) {
      if (current.introducerId === customerId) {
        throw DomainError.unprocessable(
          msg('customers.introducerCycle'),
          [{ field: 'introducerId', messages: [msg('customers.introducerCycleDetail')] }],
          'INTRODUCER_CYCLE',
        );
      }
      current = await this.customers.findOne({
        select: { id: true, introducerId: true },
        where: { id: current.introducerId },
      });
    }
  }

  private invalid(problems: ErrorDetail[]) {
    const fields = [...new Set(problems.map((problem) => problem.field))];
    return DomainError.badRequest(
      msg('validation.failed', { fields }),
      problems,
      'VALIDATION_FAILED',
    );
  }
}

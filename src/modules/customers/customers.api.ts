import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { CustomerCare } from './customer-care';
import { CUSTOMER_STAGES, type CustomerStage } from './customer-category';
import { CustomerHistoryService } from './customer-history.service';
import { CUSTOMER_SUMMARIES } from './customer-summaries.query';
import { CustomerSummaryColumns } from './customer-summary-columns';
import type { CustomerSummaryView } from './customer-summary.view';
import { CustomersService } from './customers.service';
import { Customer } from './entities/customer.entity';
import { msg } from '../../common/i18n/msg';

/** The customers due for a contact by one follow-up rule, read a page at a time. */
export interface ContactDueQuery {
  field: 'level' | 'statusTag';
  code: string;
  /** last contact (or, never contacted, creation) before this instant */
  before: Date;
  afterId: number;
  limit: number;
}

/** What customer care (§4.2.6) needs of a person to greet them. */
export interface CareRecipient {
  id: number;
  name: string;
  /** the full number: the SMS goes to it; never shown */
  mobile: string;
  /** `YYYY-MM-DD` */
  birthday: string | null;
  care: CustomerCare | null;
}

/**
 * The customers module's one door for other modules: what they may read of the customer base
 * and the few changes they may make to it, each with the customers' own rules (history, audit).
 * Interactions ask who a plan is about, set the status tag a contact record carries, move the
 * last contact and find who is due for one (§4.2.1); care reads whom to greet (§4.2.6).
 * Another module needing more of customers adds a method here, never a repository of
 * `Customer` of its own; what the customers module asks of others goes through registries
 * (the 360 view's sections, erasure steps).
 */
@Injectable()
export class CustomersApi {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly history: CustomerHistoryService,
    private readonly dictionary: DictionaryService,
    private readonly audit: AuditService,
    private readonly service: CustomersService,
  ) {}

  /** Code, name and masked mobile of each customer, for one page of plans or records. */
  async summaries(ids: number[]): Promise<Map<number, CustomerSummaryView>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await CUSTOMER_SUMMARIES.rows(this.customers.manager, { ids: unique });
    return new Map(rows.map((c) => [c.id, CustomerSummaryColumns.view(c)]));
  }

  /** Which of these customers a manager marked 金牌 IMO (§1.2 c). */
  async goldImoMarked(ids: number[]): Promise<Set<number>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    const rows = await this.customers.find({
      select: { id: true },
      where: { id: In(unique), goldImoAt: Not(IsNull()) },
    });
    return new Set(rows.map((row) => row.id));
  }

  /**
   * A customer that can be contacted: exists and is not deleted (else a 400 on `field`, the
   * request field naming it), and is not erased (409).
   */
  async contactable(id: number, field: string, manager?: EntityManager): Promise<Customer> {
    const customer = await this.service.findLive(id, field, manager);
    if (customer.erasedAt) {
      throw DomainError.conflict(
        msg('customers.erasedNoContact', { code: customer.code }),
        'ERASED',
      );
    }
    return customer;
  }

  /**
   * A contact record changes the customer's status tag: in the record's transaction, with
   * the status history row and the audit row of the change. Returns the tag before.
   */
  async setStatusTag(
    id: number,
    statusTag: string,
    manager: EntityManager,
  ): Promise<string | null> {
    const current = await this.contactable(id, 'customerId', manager);
    await this.dictionary.assertActive('customer_status', statusTag, 'statusTag', manager);
    if (current.statusTag === statusTag) return current.statusTag;
    await manager.getRepository(Customer).update({ id }, { statusTag });
    await this.history.record(manager, id, current, { ...current, statusTag });
    await this.audit.record(
      {
        action: 'customer.update',
        entityType: 'Customer',
        entityId: id,
        before: { statusTag: current.statusTag },
        after: { statusTag },
        meta: { via: 'interaction' },
      },
      manager,
    );
    return current.statusTag;
  }

  /**
   * An enrolment made the customer a student (§4.2.2): of the stage of a main-line course,
   * which only moves forward. In the enrolment's transaction, with the status history row
   * and the audit row. Assistants and coaches stay what they are: they are students too.
   */
  async becomeStudent(
    customer: Customer,
    stage: CustomerStage | null,
    manager: EntityManager,
  ): Promise<void> {
    const category =
      customer.category === 'prospect' || customer.category === 'guest'
        ? 'student'
        : customer.category;
    const nextStage =
      stage && CUSTOMER_STAGES.indexOf(stage) > CUSTOMER_STAGES.indexOf(customer.stage)
        ? stage
        : customer.stage;
    await this.moveOnMainLine(customer, category, nextStage, 'enrolment', manager);
  }

  /**
   * The customer left a class (a refund): their stage becomes the highest one they still
   * hold a place in or graduated from, which the classes module works out.
   */
  async restage(id: number, stage: CustomerStage, manager: EntityManager): Promise<void> {
    const customer = await manager.getRepository(Customer).findOneByOrFail({ id });
    await this.moveOnMainLine(customer, customer.category, stage, 'refund', manager);
  }

  private async moveOnMainLine(
    customer: Customer,
    category: Customer['category'],
    stage: CustomerStage,
    via: string,
    manager: EntityManager,
  ): Promise<void> {
    if (category === customer.category && stage === customer.stage) return;
    await manager.getRepository(Customer).update({ id: customer.id }, { category, stage });
    await this.history.record(manager, customer.id, customer, { ...customer, category, stage });
    await this.audit.record(
      {
        action: 'customer.update',
        entityType: 'Customer',
        entityId: customer.id,
        before: { category: customer.category, stage: customer.stage },
        after: { category, stage },
        meta: { via },
      },
      manager,
    );
  }

  /**
   * Moves the customer's last contact forward to `at` (never back). The version stays: a
   * colleague's call is not an edit of the profile someone else may have open.
   */
  async recordContact(id: number, at: Date, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Customer)
      .set({ lastContactAt: at, version: () => 'version', updatedAt: () => 'updated_at' })
      .where('id = :id', { id })
      .andWhere(
        new Brackets((q) =>
          q.where('last_contact_at IS NULL').orWhere('last_contact_at < :at', { at }),
        ),
      )
      .execute();
  }

  /**
   * Live customers with an owner, of the rule's level or status tag, not contacted since
   * `before` (never contacted: created before it), by id after `afterId`.
   */
  async dueForContact(query: ContactDueQuery): Promise<{ id: number; ownerId: number }[]> {
    const rows = await this.customers
      .createQueryBuilder('c')
      .select(['c.id', 'c.ownerId'])
      .where(`c.${query.field} = :code`, { code: query.code })
      .andWhere('c.id > :afterId', { afterId: query.afterId })
      .andWhere('c.deletedAt IS NULL')
      .andWhere('c.erasedAt IS NULL')
      .andWhere('c.ownerId IS NOT NULL')
      .andWhere(
        new Brackets((q) =>
          q
            .where('c.lastContactAt < :before', { before: query.before })
            .orWhere(
              new Brackets((n) =>
                n
                  .where('c.lastContactAt IS NULL')
                  .andWhere('c.createdAt < :before', { before: query.before }),
              ),
            ),
        ),
      )
      .orderBy('c.id', 'ASC')
      .limit(query.limit)
      .getMany();
    return rows.map((row) => ({ id: row.id, ownerId: row.ownerId as number }));
  }

  /**
   * Live customers (not deleted, not erased) by id after `afterId`, for the care job to read
   * a page at a time. Unless `everyone` (a holiday greets everybody), only those with a
   * birthday or care data.
   */
  async careRecipients(query: {
    afterId: number;
    limit: number;
    everyone: boolean;
  }): Promise<CareRecipient[]> {
    const q = this.customers
      .createQueryBuilder('c')
      .select(['c.id', 'c.name', 'c.mobile', 'c.birthday', 'c.care'])
      .where('c.id > :afterId', { afterId: query.afterId })
      .andWhere('c.deletedAt IS NULL')
      .andWhere('c.erasedAt IS NULL');
    if (!query.everyone)
      q.andWhere(
        new Brackets((b) => b.where('c.birthday IS NOT NULL').orWhere('c.care IS NOT NULL')),
      );
    const rows = await q.orderBy('c.id', 'ASC').limit(query.limit).getMany();
    return rows.map((c) => ({
      id: c.id,
      name: c.name,
      mobile: c.mobile,
      birthday: c.birthday,
      care: c.care,
    }));
  }
}

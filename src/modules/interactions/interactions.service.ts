import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { NotificationsService } from '../../notifications/notifications.service';
import type { PlanOrigin } from './plan-status';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import { CodeSequenceService } from '../../database/code-sequence/code-sequence.service';
import { CustomersApi } from '../customers/customers.api';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { CreateInteractionDto } from './dto/create-interaction.dto';
import type { InteractionFieldsDto } from './dto/interaction-fields.dto';
import type { InteractionQueryDto } from './dto/interaction-query.dto';
import type { UpdateInteractionDto } from './dto/update-interaction.dto';
import { Interaction } from './entities/interaction.entity';
import type { Plan } from './entities/plan.entity';
import type { InteractionCreatedView } from './interaction-created.view';
import { InteractionTypesService } from './interaction-types.service';
import { InteractionViews, InteractionView } from './interaction-views';
import { PlanWriter } from './plan-writer';
import { msg } from '../../common/i18n/msg';
import { CUSTOMER_RECENT_RECORDS } from './customer-recent-records.query';
import { RECORD_PEOPLE } from './record-people';

/** How long the writer of a record may still change it (§4.2.1). */
const EDIT_WINDOW_MS = 24 * 3600_000;
/** A record's time may run ahead of the server's clock by this much (clients' clocks drift). */
const CLOCK_SKEW_MS = 5 * 60_000;
/** Who may change a record within the window: who had the contact and who wrote it down. */
const WRITER = { staff: 'staffId', owner: 'createdById' } as const;

/** What a record is written from: the form, or a plan being completed. */
export interface RecordInput extends InteractionFieldsDto {
  customerId: number;
  typeId: number;
  planId?: number;
}

/**
 * 交往记录 (§4.2.1): written by hand or by completing a plan; may move the customer's status
 * tag and plan the next contact in the same transaction; shared with all staff; changed
 * within 24 hours by its writer and later only by managers, every change audited.
 */
@Injectable()
export class InteractionsService {
  constructor(
    @InjectRepository(Interaction) private readonly records: Repository<Interaction>,
    private readonly types: InteractionTypesService,
    private readonly dictionary: DictionaryService,
    private readonly contacts: CustomersApi,
    private readonly plans: PlanWriter,
    private readonly codes: CodeSequenceService,
    private readonly views: InteractionViews,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly calendar: BusinessCalendar,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * A plan another module's business step makes (the pre-class talk of a student who paid),
   * of the built-in type `typeCode`, in that step's transaction; the assignee is told.
   */
  async planFor(
    m: EntityManager,
    input: {
      customerId: number;
      typeCode: string;
      assigneeId: number;
      content: string;
      dueAt: Date;
    },
    origin: PlanOrigin,
  ): Promise<void> {
    const type = await this.types.byCode(input.typeCode);
    const plan = await this.plans.insert(
      m,
      input.assigneeId,
      {
        customerId: input.customerId,
        typeId: type.id,
        content: input.content,
        dueAt: input.dueAt.toISOString(),
      },
      origin,
    );
    await this.notifications.notifyUsers(
      [input.assigneeId],
      { kind: 'plan.assigned', data: { planId: plan.id, customerId: input.customerId } },
      m,
    );
  }

  /** A record written directly (not from a plan). */
  async create(principal: Principal, dto: CreateInteractionDto): Promise<InteractionCreatedView> {
    const code = await this.nextCode();
    const { record, nextPlan } = await this.records.manager.transaction((m) =>
      this.write(m, principal, dto, code),
    );
    return {
      record: await this.view(record),
      nextPlan: nextPlan ? (await this.views.plans([nextPlan]))[0] : null,
    };
  }

  /** The next record code, `G` + business date + sequence; drawn outside the record's transaction. */
  nextCode(): Promise<string> {
    const day = this.calendar.today().date;
    return this.codes.next(`G${day.replace(/-/g, '')}`, 4);
  }

  /** Writes the record and what it brings along, inside the caller's transaction. */
  async write(
    m: EntityManager,
    principal: Principal,
    input: RecordInput,
    code: string,
  ): Promise<{ record: Interaction; nextPlan: Plan | null }> {
    await this.contacts.contactable(input.customerId, 'customerId', m);
    const type = await this.types.usable(input.typeId, 'typeId', m);
    if (type.resultRequired && !input.outcome) {
      throw DomainError.badRequest(
        msg('interactions.outcomeRequired', { type: type.name }),
        [{ field: 'outcome', messages: [msg('interactions.outcomeRequiredDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    await this.dictionary.assertActive('interaction_channel', input.channel, 'channel', m);
    const occurredAt = this.occurredAt(input.occurredAt);
    const repository = m.getRepository(Interaction);
    const record = repository.create({
      code,
      customerId: input.customerId,
      typeId: type.id,
      channel: input.channel,
      occurredAt,
      content: input.content,
      outcome: input.outcome ?? null,
      staffId: principal.id,
      planId: input.planId ?? null,
      statusTag: input.statusTag ?? null,
      createdById: principal.id,
      createdAt: this.clock.now(),
    });
    await repository.save(record);
    if (input.statusTag) await this.contacts.setStatusTag(input.customerId, input.statusTag, m);
    await this.contacts.recordContact(input.customerId, occurredAt, m);
    const nextPlan = input.nextPlan
      ? await this.plans.insert(
          m,
          principal.id,
          { ...input.nextPlan, customerId: input.customerId },
          'record',
          'nextPlan.',
        )
      : null;
    await this.audit.record(
      {
        action: 'interaction.create',
        entityType: 'Interaction',
        entityId: record.id,
        after: snapshot(record),
      },
      m,
    );
    return { record, nextPlan };
  }

  async get(id: number): Promise<InteractionView> {
    return this.view(await this.find(id));
  }

  /**
   * The detail obeys the rule of the list it is reached from. Every record belongs to a
   * customer, and a customer's records are shared with all staff who read interactions
   * (§4.2.1, §8.2: look at colleagues' contacts before planning), so any reader may open any
   * record, as the list filtered by its customer shows it; changing it stays with its writer
   * and managers (`assertMayEdit`).
   */
  async read(principal: Principal, id: number): Promise<InteractionView> {
    const record = await this.find(id);
    RecordScope.of(principal)
      .ofCustomer(record.customerId)
      .assertCovers(record, RECORD_PEOPLE, msg('interactions.othersRecordsForbidden'));
    return this.view(record);
  }

  /**
   * Records are shared per customer; without a customer, a user lists their own unless they
   * may monitor everyone's work (§8.2).
   */
  async list(principal: Principal, filter: InteractionQueryDto): Promise<Page<InteractionView>> {
    const scope = RecordScope.of(principal).ofCustomer(filter.customerId);
    scope.assertMayAsk([filter.staffId], msg('interactions.othersRecordsForbidden'));
    const query = scope.where(this.records.createQueryBuilder('r'), 'r', RECORD_PEOPLE);
    if (filter.customerId)
      query.andWhere('r.customerId = :customerId', { customerId: filter.customerId });
    if (filter.staffId) query.andWhere('r.staffId = :staffId', { staffId: filter.staffId });
    if (filter.typeId) query.andWhere('r.typeId = :typeId', { typeId: filter.typeId });
    if (filter.from) query.andWhere('r.occurredAt >= :from', { from: new Date(filter.from) });
    if (filter.to) query.andWhere('r.occurredAt < :to', { to: new Date(filter.to) });
    const page = await readPage(
      query,
      filter,
      { occurredAt: 'r.occurredAt', createdAt: 'r.createdAt' },
      '-occurredAt',
      (row) => row,
    );
    return { ...page, items: await this.views.records(page.items) };
  }

  /** The latest records of a customer, from anyone: what to know before the next call. */
  /** A customer's latest records (CUSTOMER_RECENT_RECORDS_LIMIT), newest first. */
  async recentForCustomer(customerId: number): Promise<InteractionView[]> {
    const rows = await CUSTOMER_RECENT_RECORDS.rows(this.records.manager, { customerId });
    return this.views.records(rows);
  }

  async update(
    principal: Principal,
    id: number,
    dto: UpdateInteractionDto,
  ): Promise<InteractionView> {
    await this.records.manager.transaction(async (m) => {
      const record = await this.find(id, m);
      this.assertMayEdit(principal, record);
      if (record.version !== dto.version) throw DomainError.staleVersion(msg('entities.record'));
      if (dto.channel !== undefined)
        await this.dictionary.assertActive('interaction_channel', dto.channel, 'channel', m);
      if (
        dto.outcome !== undefined &&
        !dto.outcome &&
        (await this.types.byIds([record.typeId])).get(record.typeId)?.resultRequired
      ) {
        throw DomainError.badRequest(
          msg('interactions.outcomeRequiredOnUpdate'),
          [{ field: 'outcome', messages: [msg('interactions.outcomeRequiredDetail')] }],
          'VALIDATION_FAILED',
        );
      }
      const changes: Partial<Interaction> = {};
      if (dto.channel !== undefined) changes.channel = dto.channel;
      if (dto.content !== undefined) changes.content = dto.content;
      if (dto.outcome !== undefined) changes.outcome = dto.outcome || null;
      if (dto.occurredAt !== undefined) changes.occurredAt = this.occurredAt(dto.occurredAt);
      await updateAtVersion(m, Interaction, record, changes, msg('entities.record'));
      if (changes.occurredAt)
        await this.contacts.recordContact(record.customerId, changes.occurredAt, m);
      const after = { ...record, ...changes };
      await this.audit.record(
        {
          action: 'interaction.update',
          entityType: 'Interaction',
          entityId: id,
          before: snapshot(record),
          after: snapshot(after),
          meta: { textChanged: TEXT_FIELDS.filter((field) => record[field] !== after[field]) },
        },
        m,
      );
    });
    return this.get(id);
  }

  /** The writer within 24 hours; managers always (§4.2.1). */
  private assertMayEdit(principal: Principal, record: Interaction): void {
    if (principal.ability.can('editLocked', 'Interaction')) return;
    // Its writer's, not everyone's a monitor sees: changing old records is `editLocked`.
    if (!RecordScope.of(principal).holds(record, WRITER)) {
      throw DomainError.forbidden(msg('interactions.notYourRecord'), 'NOT_YOUR_RECORD');
    }
    if (this.clock.now().getTime() - record.createdAt.getTime() > EDIT_WINDOW_MS) {
      throw DomainError.forbidden(msg('interactions.recordLocked'), 'RECORD_LOCKED');
    }
  }

  private occurredAt(value: string | undefined): Date {
    const now = this.clock.now();
    if (value === undefined) return now;
    const at = new Date(value);
    if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw DomainError.badRequest(
        msg('interactions.occurredInFuture', { value: String(value).slice(0, 40) }),
        [{ field: 'occurredAt', messages: [msg('interactions.occurredInFutureDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    return at;
  }

  private find(id: number, m?: EntityManager): Promise<Interaction> {
    return findOrFail(m ?? this.records, Interaction, id, msg('entities.record'));
  }

  private async view(record: Interaction): Promise<InteractionView> {
    return (await this.views.records([record]))[0];
  }
}

/** The free-text fields of a record: they may say anything about the person. */
const TEXT_FIELDS = ['content', 'outcome'] as const;

/**
 * What the audit keeps of a record: its business state, and of the free text only which
 * field changed. The audit log is append-only, so what is said about a person stays out of
 * it and an erasure (PIPL) leaves nothing of it behind.
 */
function snapshot(record: Interaction): Record<string, unknown> {
  const { code, customerId, typeId, channel, occurredAt, staffId, planId, statusTag } = record;
  return { code, customerId, typeId, channel, occurredAt, staffId, planId, statusTag };
}

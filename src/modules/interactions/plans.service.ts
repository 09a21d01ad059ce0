import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import { NotificationsService } from '../../notifications/notifications.service';
import { CustomersApi } from '../customers/customers.api';
import type { CancelPlanDto } from './dto/cancel-plan.dto';
import type { CompletePlanDto } from './dto/complete-plan.dto';
import type { CreatePlanDto } from './dto/create-plan.dto';
import type { DelegatePlanDto } from './dto/delegate-plan.dto';
import type { PlanQueryDto } from './dto/plan-query.dto';
import type { UpdatePlanDto } from './dto/update-plan.dto';
import { CUSTOMER_OPEN_PLANS } from './customer-open-plans.query';
import { Plan } from './entities/plan.entity';
import { InteractionViews, PlanView, InteractionView } from './interaction-views';
import { PlanAssignees } from './plan-assignees';
import type { PlanCreatedView } from './plan-created.view';
import { PlanWriter } from './plan-writer';
import { InteractionsService } from './interactions.service';
import { PlanBriefingRegistry } from './plan-briefing.registry';
import { msg } from '../../common/i18n/msg';

/** A plan is its owner's (who gets the result) and its assignee's (who does it, §4.1.3). */
const PLAN_PEOPLE = { owner: 'ownerId', assignee: 'assigneeId' } as const;

/**
 * 交往筹划 (§4.1): plans are shared per customer, changed by the people on them, handed to a
 * colleague (§4.1.3) and completed by writing their record.
 */
@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly writer: PlanWriter,
    private readonly records: InteractionsService,
    private readonly assignees: PlanAssignees,
    private readonly contacts: CustomersApi,
    private readonly views: InteractionViews,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly briefingSections: PlanBriefingRegistry,
  ) {}

  /**
   * A new plan, with the other open plans of the same kind for the same person that day:
   * `duplicate` warns the planner that a colleague may already call them.
   */
  async create(principal: Principal, dto: CreatePlanDto): Promise<PlanCreatedView> {
    const { plan, sameDay } = await this.plans.manager.transaction(async (m) => {
      const created = await this.writer.insert(m, principal.id, dto, 'manual');
      return { plan: created, sameDay: await this.writer.sameDay(m, created) };
    });
    const [view, ...others] = await this.views.plans([plan, ...sameDay]);
    return { plan: view, duplicate: others.length > 0, sameDayPlans: others };
  }

  async get(id: number): Promise<PlanView> {
    return (await this.views.plans([await this.find(id)]))[0];
  }

  /**
   * The detail obeys the rule of the list it is reached from. Every plan belongs to a
   * customer, and a customer's plans are everyone's to see (§4.1.2), so any reader may open
   * any plan, as the list filtered by its customer shows it; changing it stays with the
   * people on it and those who monitor (`change`).
   */
  async read(principal: Principal, id: number): Promise<PlanView> {
    const plan = await this.find(id);
    RecordScope.of(principal)
      .ofCustomer(plan.customerId)
      .assertCovers(plan, PLAN_PEOPLE, msg('interactions.othersPlansForbidden'));
    return (await this.views.plans([plan]))[0];
  }

  /**
   * Plans of a customer are everyone's to see (§4.1.2); without a customer, a user lists the
   * plans they own or do, unless they may monitor everyone's (§8.2).
   */
  async list(principal: Principal, filter: PlanQueryDto): Promise<Page<PlanView>> {
    const scope = RecordScope.of(principal).ofCustomer(filter.customerId);
    scope.assertMayAsk(
      [filter.assigneeId, filter.ownerId],
      msg('interactions.othersPlansForbidden'),
    );
    const query = scope.where(this.plans.createQueryBuilder('p'), 'p', PLAN_PEOPLE);
    if (filter.customerId)
      query.andWhere('p.customerId = :customerId', { customerId: filter.customerId });
    if (filter.assigneeId)
      query.andWhere('p.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.ownerId) query.andWhere('p.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.typeId) query.andWhere('p.typeId = :typeId', { typeId: filter.typeId });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.dueFrom)
      query.andWhere('p.dueAt >= :dueFrom', { dueFrom: new Date(filter.dueFrom) });
    if (filter.dueTo) query.andWhere('p.dueAt < :dueTo', { dueTo: new Date(filter.dueTo) });
    const page = await readPage(
      query,
      filter,
      { dueAt: 'p.dueAt', createdAt: 'p.createdAt' },
      'dueAt',
      (row) => row,
    );
    return { ...page, items: await this.views.plans(page.items) };
  }

  /**
   * Before planning (§4.1.2): every open plan of the customer and the latest records, from
   * anyone, and the other modules' sections (suggested scripts …).
   */
  async briefing(
    principal: Principal,
    customerId: number,
  ): Promise<{
    openPlans: PlanView[];
    recentRecords: InteractionView[];
    sections: Record<string, unknown>;
  }> {
    await this.contacts.contactable(customerId, 'customerId');
    const open = await CUSTOMER_OPEN_PLANS.rows(this.plans.manager, { customerId });
    const [openPlans, recentRecords] = await Promise.all([
      this.views.plans(open),
      this.records.recentForCustomer(customerId),
    ]);
    const sections: Record<string, unknown> = {};
    for (const section of this.briefingSections.all())
      sections[section.key] = await section.load(customerId, principal);
    return { openPlans, recentRecords, sections };
  }

  async update(principal: Principal, id: number, dto: UpdatePlanDto): Promise<PlanView> {
    await this.change(principal, id, dto.version, 'plan.update', async (plan, m) => {
      const changes: Partial<Plan> = {};
      if (dto.content !== undefined) changes.content = dto.content;
      if (dto.dueAt !== undefined) {
        changes.dueAt = this.writer.dueAt(dto.dueAt, 'dueAt');
        changes.remindedAt = null;
      }
      if (dto.remindBySms !== undefined) changes.remindBySms = dto.remindBySms;
      await this.save(m, plan, changes);
      return changes;
    });
    return this.get(id);
  }

  /** Hands the plan to a colleague (§4.1.3); the owner stays and gets the result. */
  async delegate(principal: Principal, id: number, dto: DelegatePlanDto): Promise<PlanView> {
    await this.change(principal, id, dto.version, 'plan.delegate', async (plan, m) => {
      if (dto.assigneeId === plan.assigneeId) {
        throw DomainError.badRequest(
          msg('interactions.alreadyAssignee'),
          [{ field: 'assigneeId', messages: [msg('interactions.alreadyAssigneeDetail')] }],
          'VALIDATION_FAILED',
        );
      }
      await this.assignees.assertCanTakePlans(dto.assigneeId, 'assigneeId');
      const changes: Partial<Plan> = {
        assigneeId: dto.assigneeId,
        delegatedAt: this.clock.now(),
        delegationNote: dto.note || null,
        remindedAt: null,
      };
      await this.save(m, plan, changes);
      await this.notifications.notifyUsers(
        [dto.assigneeId],
        {
          kind: 'plan.delegated',
          data: { planId: plan.id, customerId: plan.customerId, fromUserId: principal.id },
        },
        m,
      );
      return { assigneeId: dto.assigneeId, fromAssigneeId: plan.assigneeId };
    });
    return this.get(id);
  }

  async cancel(principal: Principal, id: number, dto: CancelPlanDto): Promise<PlanView> {
    await this.change(principal, id, dto.version, 'plan.cancel', async (plan, m) => {
      await this.save(m, plan, {
        status: 'cancelled',
        cancelledAt: this.clock.now(),
        cancelReason: dto.reason,
      });
      // The reason stays on the plan, which an erasure can reach; the append-only log keeps
      // no free text that may name the customer.
      return { status: 'cancelled' };
    });
    return this.get(id);
  }

  /**
   * Completing a plan writes its record in the same transaction; when a helper completes a
   * delegated plan, the result goes to the owner's inbox (§4.1.3).
   */
  async complete(
    principal: Principal,
    id: number,
    dto: CompletePlanDto,
  ): Promise<{ plan: PlanView; record: InteractionView; nextPlan: PlanView | null }> {
    const code = await this.records.nextCode();
    const { recordId, nextPlan } = await this.plans.manager.transaction(async (m) => {
      const plan = await this.find(id, m);
      this.assertOnPlan(principal, plan);
      this.assertOpen(plan);
      if (plan.version !== dto.version) throw DomainError.staleVersion(msg('entities.plan'));
      const { version: _version, ...fields } = dto;
      const written = await this.records.write(
        m,
        principal,
        { ...fields, customerId: plan.customerId, typeId: plan.typeId, planId: plan.id },
        code,
      );
      const now = this.clock.now();
      await this.save(m, plan, {
        status: 'done',
        completedAt: now,
        completedById: principal.id,
        recordId: written.record.id,
      });
      if (plan.delegatedAt && principal.id !== plan.ownerId) {
        await this.notifications.notifyUsers(
          [plan.ownerId],
          {
            kind: 'plan.delegated-result',
            data: {
              planId: plan.id,
              recordId: written.record.id,
              customerId: plan.customerId,
              byUserId: principal.id,
            },
          },
          m,
        );
      }
      await this.audit.record(
        {
          action: 'plan.complete',
          entityType: 'Plan',
          entityId: id,
          after: { recordId: written.record.id },
        },
        m,
      );
      return { recordId: written.record.id, nextPlan: written.nextPlan };
    });
    const [plan, record, next] = await Promise.all([
      this.get(id),
      this.records.get(recordId),
      nextPlan ? this.views.plans([nextPlan]).then((views) => views[0]) : Promise.resolve(null),
    ]);
    return { plan, record, nextPlan: next };
  }

  /** One audited change of an open plan by someone on it, at the version they saw. */
  private async change(
    principal: Principal,
    id: number,
    version: number,
    action: string,
    apply: (plan: Plan, m: EntityManager) => Promise<Record<string, unknown>>,
  ): Promise<void> {
    await this.plans.manager.transaction(async (m) => {
      const plan = await this.find(id, m);
      this.assertOnPlan(principal, plan);
      this.assertOpen(plan);
      if (plan.version !== version) throw DomainError.staleVersion(msg('entities.plan'));
      const after = await apply(plan, m);
      await this.audit.record({ action, entityType: 'Plan', entityId: id, after }, m);
    });
  }

  /** Writes at the version read: a concurrent change makes this a 409, never a lost update. */
  private async save(m: EntityManager, plan: Plan, changes: Partial<Plan>): Promise<void> {
    await updateAtVersion(m, Plan, plan, changes, msg('entities.plan'));
  }

  /** The owner, the assignee, or someone who may monitor everyone's plans. */
  private assertOnPlan(principal: Principal, plan: Plan): void {
    RecordScope.of(principal).assertCovers(
      plan,
      PLAN_PEOPLE,
      msg('interactions.notYourPlan'),
      'NOT_YOUR_PLAN',
    );
  }

  private assertOpen(plan: Plan): void {
    if (plan.status !== 'open')
      throw DomainError.conflict(
        msg('interactions.planClosed', { status: msg(`interactions.planStatus.${plan.status}`) }),
        'PLAN_CLOSED',
      );
  }

  private find(id: number, m?: EntityManager): Promise<Plan> {
    return findOrFail(m ?? this.plans, Plan, id, msg('entities.plan'));
  }
}

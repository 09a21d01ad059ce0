import { Injectable } from '@nestjs/common';
import { And, EntityManager, LessThan, MoreThanOrEqual, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { DomainError } from '../../common/errors/domain-error';
import { NotificationsService } from '../../notifications/notifications.service';
import { CustomersApi } from '../customers/customers.api';
import { Plan } from './entities/plan.entity';
import { InteractionTypesService } from './interaction-types.service';
import { PlanAssignees } from './plan-assignees';
import type { PlanOrigin } from './plan-status';
import { msg } from '../../common/i18n/msg';

/** A plan to write, as a person or a record asked for it. */
export interface NewPlan {
  customerId: number;
  typeId: number;
  content: string;
  dueAt: string;
  assigneeId?: number;
  remindBySms?: boolean;
}

/**
 * Writes plans (§4.1.1): checks customer, type, assignee and due time, and finds the other
 * open plans of the same kind for the same person on the same day, so two colleagues see
 * that they are about to call the same customer.
 */
@Injectable()
export class PlanWriter {
  constructor(
    private readonly contacts: CustomersApi,
    private readonly types: InteractionTypesService,
    private readonly assignees: PlanAssignees,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly calendar: BusinessCalendar,
  ) {}

  /** `field` prefixes the names of fields at fault, e.g. `nextPlan.` */
  async insert(
    m: EntityManager,
    plannerId: number,
    input: NewPlan,
    origin: PlanOrigin,
    field = '',
  ): Promise<Plan> {
    const customer = await this.contacts.contactable(input.customerId, `${field}customerId`, m);
    const type = await this.types.usable(input.typeId, `${field}typeId`, m);
    const assigneeId = input.assigneeId ?? plannerId;
    if (assigneeId !== plannerId)
      await this.assignees.assertCanTakePlans(assigneeId, `${field}assigneeId`);
    const dueAt = this.dueAt(input.dueAt, `${field}dueAt`);
    const repository = m.getRepository(Plan);
    const plan = repository.create({
      customerId: customer.id,
      typeId: type.id,
      content: input.content,
      dueAt,
      ownerId: plannerId,
      assigneeId,
      remindBySms: input.remindBySms ?? false,
      status: 'open',
      origin,
      delegatedAt: null,
      delegationNote: null,
      remindedAt: null,
      completedAt: null,
      completedById: null,
      recordId: null,
      cancelledAt: null,
      cancelReason: null,
    });
    await repository.save(plan);
    await this.audit.record(
      {
        action: 'plan.create',
        entityType: 'Plan',
        entityId: plan.id,
        after: { customerId: plan.customerId, typeId: plan.typeId, dueAt, assigneeId, origin },
      },
      m,
    );
    if (assigneeId !== plannerId) {
      await this.notifications.notifyUsers(
        [assigneeId],
        { kind: 'plan.assigned', data: { planId: plan.id, customerId: customer.id } },
        m,
      );
    }
    return plan;
  }

  /** A due time: a valid instant, not before the start of today. */
  dueAt(value: string, field: string): Date {
    const dueAt = new Date(value);
    const today = this.calendar.today();
    if (Number.isNaN(dueAt.getTime()) || dueAt < today.start) {
      throw DomainError.badRequest(
        msg('interactions.dueBeforeToday', { value: String(value).slice(0, 40) }),
        [{ field, messages: [msg('interactions.dueBeforeTodayDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    return dueAt;
  }

  /** The other open plans of this type for this customer on the business day it falls due. */
  async sameDay(m: EntityManager, plan: Plan): Promise<Plan[]> {
    const day = this.calendar.dayOf(plan.dueAt);
    return m.getRepository(Plan).find({
      where: {
        customerId: plan.customerId,
        typeId: plan.typeId,
        status: 'open',
        id: Not(plan.id),
        dueAt: And(MoreThanOrEqual(day.start), LessThan(day.end)),
      },
      order: { dueAt: 'ASC', id: 'ASC' },
    });
  }
}

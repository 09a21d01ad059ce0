import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { And, IsNull, LessThanOrEqual, MoreThan, MoreThanOrEqual, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { NotificationsService } from '../../notifications/notifications.service';
import { SmsOutboxService } from '../../notifications/sms/sms-outbox.service';
import { UsersService } from '../../users/users.service';
import { CustomersApi } from '../customers/customers.api';
import { Plan } from './entities/plan.entity';
import type { InteractionType } from './entities/interaction-type.entity';
import { InteractionTypesService } from './interaction-types.service';

/** Plans read per round. */
const BATCH = 200;
/** A plan overdue for longer than this is in the to-do's overdue list; no late reminder for it. */
const STALE_MS = 24 * 3600_000;

/**
 * Reminders before a plan falls due (§4.1.2): each open plan once, its type's lead time
 * ahead, in the assignee's inbox, and by SMS when the plan asks for it and the admin enabled
 * SMS reminders for the assignee.
 */
@Injectable()
export class PlanRemindersService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly types: InteractionTypesService,
    private readonly contacts: CustomersApi,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly outbox: SmsOutboxService,
    private readonly config: AppConfig,
  ) {}

  async remindDue(now: Date): Promise<{ reminded: number; sms: number }> {
    const counts = { reminded: 0, sms: 0 };
    for (const type of await this.types.list(true)) {
      const horizon = new Date(now.getTime() + type.reminderLeadMinutes * 60_000);
      for (let afterId = 0; ;) {
        const due = await this.plans.find({
          where: {
            typeId: type.id,
            status: 'open',
            remindedAt: IsNull(),
            dueAt: And(
              MoreThanOrEqual(new Date(now.getTime() - STALE_MS)),
              LessThanOrEqual(horizon),
            ),
            id: MoreThan(afterId),
          },
          order: { id: 'ASC' },
          take: BATCH,
        });
        if (due.length === 0) break;
        afterId = due[due.length - 1].id;
        await this.remindBatch(due, type, now, counts);
      }
    }
    return counts;
  }

  private async remindBatch(
    plans: Plan[],
    type: InteractionType,
    now: Date,
    counts: { reminded: number; sms: number },
  ) {
    const [assignees, customers] = await Promise.all([
      this.users.findMany(plans.map((plan) => plan.assigneeId)),
      this.contacts.summaries(plans.map((plan) => plan.customerId)),
    ]);
    const byId = new Map(assignees.map((user) => [user.id, user]));
    for (const plan of plans) {
      const assignee = byId.get(plan.assigneeId);
      const customer = customers.get(plan.customerId);
      const at = DateTime.fromJSDate(plan.dueAt, { zone: this.config.business.timeZone }).toFormat(
        'MM-dd HH:mm',
      );
      await this.plans.manager.transaction(async (m) => {
        // Claimed by one conditional UPDATE: a second runner finds it taken. The version stays,
        // so a reminder never turns someone's open edit of the plan into a conflict.
        const claimed = await m
          .createQueryBuilder()
          .update(Plan)
          .set({ remindedAt: now, version: () => 'version', updatedAt: () => 'updated_at' })
          .where('id = :id AND reminded_at IS NULL AND status = :status', {
            id: plan.id,
            status: 'open',
          })
          .execute();
        if (claimed.affected !== 1) return;
        await this.notifications.notifyUsers(
          [plan.assigneeId],
          {
            kind: 'plan.reminder',
            data: { planId: plan.id, customerId: plan.customerId, dueAt: plan.dueAt.toISOString() },
          },
          m,
        );
        counts.reminded += 1;
        if (
          plan.remindBySms &&
          assignee?.smsReminders &&
          assignee.mobile &&
          assignee.status === 'active'
        ) {
          // Staff phones get the customer's code, not the name: a text message leaves the system.
          const queued = await this.outbox.queue(
            {
              purpose: 'plan-reminder',
              recipient: { kind: 'user', userId: assignee.id },
              phone: assignee.mobile,
              body: `【客户管理】${type.name}提醒：${at} 客户 ${customer?.code ?? plan.customerId}`,
              dedupeKey: `plan-reminder:${plan.id}:${plan.dueAt.getTime()}`,
            },
            m,
          );
          if (queued) counts.sms += 1;
        }
      });
    }
  }
}

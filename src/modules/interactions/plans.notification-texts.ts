import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { msg } from '../../common/i18n/msg';
import { zoneTime } from '../../common/i18n/zone-time';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { Notification } from '../../notifications/entities/notification.entity';
import { customerNamed } from '../../notifications/customer-named';
import { notificationIds } from '../../notifications/notification-ids';
import {
  NotificationTextRegistry,
  type NotificationText,
  type NotificationWriter,
} from '../../notifications/notification-text.registry';
import { UsersService } from '../../users/users.service';
import { CustomersApi } from '../customers/customers.api';
import { Interaction } from './entities/interaction.entity';
import { Plan } from './entities/plan.entity';
import { InteractionTypesService } from './interaction-types.service';

/**
 * The inbox text of plans (§4.1): assigned, delegated, delegated and done, reminded. Written
 * from the plan, its record and its customer as they are when read, so an erased customer's
 * name and notes appear nowhere once erasure has rewritten them.
 */
@Contributes(NotificationTextRegistry)
export class PlanNotificationTexts implements NotificationWriter {
  readonly kinds = [
    'plan.assigned',
    'plan.delegated',
    'plan.delegated-result',
    'plan.reminder',
  ] as const;

  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    @InjectRepository(Interaction) private readonly records: Repository<Interaction>,
    private readonly types: InteractionTypesService,
    private readonly contacts: CustomersApi,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async write(notifications: Notification[]): Promise<Map<number, NotificationText>> {
    const planIds = notificationIds(notifications, 'planId');
    const recordIds = notificationIds(notifications, 'recordId');
    const [plans, records] = await Promise.all([
      planIds.length ? this.plans.findBy({ id: In(planIds) }) : [],
      recordIds.length ? this.records.findBy({ id: In(recordIds) }) : [],
    ]);
    const planOf = new Map(plans.map((plan) => [plan.id, plan]));
    const recordOf = new Map(records.map((record) => [record.id, record]));
    const [types, customers, users] = await Promise.all([
      this.types.byIds(plans.map((plan) => plan.typeId)),
      this.contacts.summaries(plans.map((plan) => plan.customerId)),
      this.users.findMany([
        ...notificationIds(notifications, 'fromUserId'),
        ...notificationIds(notifications, 'byUserId'),
        ...records.map((record) => record.staffId),
      ]),
    ]);
    const nameOf = new Map(users.map((user) => [user.id, user.displayName]));
    const texts = new Map<number, NotificationText>();
    for (const notification of notifications) {
      const data = notification.data ?? {};
      const plan = planOf.get(Number(data.planId));
      if (!plan) {
        texts.set(notification.id, {
          title: msg('notifications.missingPlan'),
          body: msg('notifications.empty'),
        });
        continue;
      }
      const summary = customers.get(plan.customerId);
      const customer = customerNamed(summary);
      const type = types.get(plan.typeId)?.name ?? '';
      const someone = (id: unknown) => nameOf.get(Number(id)) ?? msg('notifications.someone');
      switch (notification.kind) {
        case 'plan.assigned':
          texts.set(notification.id, {
            title: msg('notifications.planAssigned.title', { type }),
            body: msg('notifications.planAssigned.body', { customer, content: plan.content }),
          });
          break;
        case 'plan.delegated':
          texts.set(notification.id, {
            title: msg('notifications.planDelegated.title', { from: someone(data.fromUserId) }),
            body: plan.delegationNote
              ? msg('notifications.planDelegated.bodyWithNote', {
                  customer,
                  content: plan.content,
                  note: plan.delegationNote,
                })
              : msg('notifications.planDelegated.body', { customer, content: plan.content }),
          });
          break;
        case 'plan.delegated-result': {
          const record = recordOf.get(Number(data.recordId));
          const outcome = [record?.outcome, record?.content].filter(Boolean).join('\n');
          texts.set(notification.id, {
            title: msg('notifications.planDelegatedResult.title', {
              helper: someone(data.byUserId ?? record?.staffId),
            }),
            body: msg('notifications.planDelegatedResult.body', { customer, outcome }),
          });
          break;
        }
        default: {
          const due = typeof data.dueAt === 'string' ? new Date(data.dueAt) : plan.dueAt;
          const at = zoneTime(
            Number.isNaN(due.getTime()) ? plan.dueAt : due,
            this.config.business.timeZone,
          ).at;
          texts.set(notification.id, {
            title: msg('notifications.planReminder.title', { type, at, customer }),
            body: msg('notifications.planReminder.body', { content: plan.content }),
          });
        }
      }
    }
    return texts;
  }
}

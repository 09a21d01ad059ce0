import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { msg } from '../../common/i18n/msg';
import { yuanFigure } from '../../common/money/yuan-figure';
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
import { Receivable } from './entities/receivable.entity';

/** The inbox text of an overdue instalment, for finance: whose, which, how much. */
@Contributes(NotificationTextRegistry)
export class InstalmentNotificationTexts implements NotificationWriter {
  readonly kinds = ['instalment.overdue'] as const;

  constructor(
    @InjectRepository(Receivable) private readonly receivables: Repository<Receivable>,
    private readonly customers: CustomersApi,
    private readonly users: UsersService,
  ) {}

  async write(notifications: Notification[]): Promise<Map<number, NotificationText>> {
    const ids = notificationIds(notifications, 'receivableId');
    const rows = ids.length ? await this.receivables.findBy({ id: In(ids) }) : [];
    const receivableOf = new Map(rows.map((row) => [row.id, row]));
    const [customers, users] = await Promise.all([
      this.customers.summaries(rows.map((row) => row.customerId)),
      this.users.findMany(rows.map((row) => row.coordinatorId)),
    ]);
    const nameOf = new Map(users.map((user) => [user.id, user.displayName]));
    const texts = new Map<number, NotificationText>();
    for (const notification of notifications) {
      const data = notification.data ?? {};
      const receivable = receivableOf.get(Number(data.receivableId));
      const summary = receivable && customers.get(receivable.customerId);
      const customer = customerNamed(summary);
      texts.set(notification.id, {
        title: msg('notifications.instalmentOverdue.title', { customer }),
        body: msg('notifications.instalmentOverdue.body', {
          seq: Number(data.seq) || 0,
          owed: yuanFigure(Number(data.owedFen) || 0),
          by: (receivable && nameOf.get(receivable.coordinatorId)) || msg('notifications.someone'),
        }),
      });
    }
    return texts;
  }
}

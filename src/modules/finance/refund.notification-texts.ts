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
import { RefundRequest } from './entities/refund-request.entity';

/**
 * The inbox text of refunds: a request waiting for finance's decision, and the decision for
 * its requester. Written from the request as it is when read.
 */
@Contributes(NotificationTextRegistry)
export class RefundNotificationTexts implements NotificationWriter {
  readonly kinds = ['refund.requested', 'refund.decided'] as const;

  constructor(
    @InjectRepository(RefundRequest) private readonly refunds: Repository<RefundRequest>,
    @InjectRepository(Receivable) private readonly receivables: Repository<Receivable>,
    private readonly customers: CustomersApi,
    private readonly users: UsersService,
  ) {}

  async write(notifications: Notification[]): Promise<Map<number, NotificationText>> {
    const ids = notificationIds(notifications, 'refundId');
    const refunds = ids.length ? await this.refunds.findBy({ id: In(ids) }) : [];
    const receivableIds = [...new Set(refunds.map((refund) => refund.receivableId))];
    const receivables = receivableIds.length
      ? await this.receivables.findBy({ id: In(receivableIds) })
      : [];
    const customerOf = new Map(receivables.map((row) => [row.id, row.customerId]));
    const [customers, users] = await Promise.all([
      this.customers.summaries(receivables.map((row) => row.customerId)),
      this.users.findMany(
        refunds.flatMap((refund) => [refund.requestedById, refund.decidedById ?? 0]),
      ),
    ]);
    const nameOf = new Map(users.map((user) => [user.id, user.displayName]));
    const refundOf = new Map(refunds.map((refund) => [refund.id, refund]));
    const texts = new Map<number, NotificationText>();
    for (const notification of notifications) {
      const refund = refundOf.get(Number(notification.data?.refundId));
      if (!refund) {
        texts.set(notification.id, {
          title: msg('notifications.refund.missing'),
          body: msg('notifications.empty'),
        });
        continue;
      }
      const summary = customers.get(customerOf.get(refund.receivableId) ?? 0);
      const customer = customerNamed(summary);
      const amount = yuanFigure(refund.amountFen);
      const someone = (id: number | null) => (id && nameOf.get(id)) || msg('notifications.someone');
      texts.set(
        notification.id,
        notification.kind === 'refund.requested'
          ? {
              title: msg('notifications.refund.requestedTitle', { customer }),
              body: msg('notifications.refund.requestedBody', {
                by: someone(refund.requestedById),
                amount,
                reason: refund.reason,
              }),
            }
          : {
              title: msg('notifications.refund.decidedTitle', {
                status: msg(`finance.refundStatus.${refund.status}`),
              }),
              body: msg('notifications.refund.decidedBody', {
                customer,
                amount,
                by: someone(refund.decidedById),
                note: refund.decisionNote ?? '',
              }),
            },
      );
    }
    return texts;
  }
}

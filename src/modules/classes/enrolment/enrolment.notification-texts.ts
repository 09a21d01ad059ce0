import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { msg } from '../../../common/i18n/msg';
import { yuanFigure } from '../../../common/money/yuan-figure';
import { Contributes } from '../../../common/registry/contributes.decorator';
import type { Notification } from '../../../notifications/entities/notification.entity';
import { customerNamed } from '../../../notifications/customer-named';
import { notificationIds } from '../../../notifications/notification-ids';
import {
  NotificationTextRegistry,
  type NotificationText,
  type NotificationWriter,
} from '../../../notifications/notification-text.registry';
import { UsersService } from '../../../users/users.service';
import { CustomersApi } from '../../customers/customers.api';
import { ClassRows } from '../class-rows';
import { Enrolment } from '../entities/enrolment.entity';

/**
 * The inbox text of a new enrolment, for finance (§4.2.2 自动提交给财务人员): who enrolled
 * whom in which class, and what is due. Written from the enrolment as it is when read, so an
 * erased customer's name appears nowhere.
 */
@Contributes(NotificationTextRegistry)
export class EnrolmentNotificationTexts implements NotificationWriter {
  readonly kinds = ['enrolment.created'] as const;

  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly classes: ClassRows,
    private readonly customers: CustomersApi,
    private readonly users: UsersService,
  ) {}

  async write(notifications: Notification[]): Promise<Map<number, NotificationText>> {
    const ids = notificationIds(notifications, 'enrolmentId');
    const rows = ids.length ? await this.enrolments.findBy({ id: In(ids) }) : [];
    const enrolmentOf = new Map(rows.map((row) => [row.id, row]));
    const [classes, customers, users] = await Promise.all([
      this.classes.byIds(
        this.enrolments.manager,
        rows.map((row) => row.classId),
      ),
      this.customers.summaries(rows.map((row) => row.customerId)),
      this.users.findMany(rows.map((row) => row.enrolledById)),
    ]);
    const nameOf = new Map(users.map((user) => [user.id, user.displayName]));
    const texts = new Map<number, NotificationText>();
    for (const notification of notifications) {
      const enrolment = enrolmentOf.get(Number(notification.data?.enrolmentId));
      const trainingClass = enrolment && classes.get(enrolment.classId);
      if (!enrolment || !trainingClass) {
        texts.set(notification.id, {
          title: msg('notifications.enrolmentCreated.missing'),
          body: msg('notifications.empty'),
        });
        continue;
      }
      const summary = customers.get(enrolment.customerId);
      const customer = customerNamed(summary);
      texts.set(notification.id, {
        title: msg('notifications.enrolmentCreated.title', {
          course: trainingClass.course?.name ?? '',
          term: trainingClass.term,
        }),
        body: msg('notifications.enrolmentCreated.body', {
          customer,
          by: nameOf.get(enrolment.enrolledById) ?? msg('notifications.someone'),
          due: yuanFigure(enrolment.feeFen - enrolment.discountFen),
        }),
      });
    }
    return texts;
  }
}

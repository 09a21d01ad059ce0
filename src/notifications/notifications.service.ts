import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { readPage } from '../common/pagination/apply-page';
import type { Page } from '../common/pagination/page';
import type { NotificationQueryDto } from './dto/notification-query.dto';
import { Notification } from './entities/notification.entity';
import { msg } from '../common/i18n/msg';

export interface NewNotification {
  kind: string;
  title: string;
  body: string;
  data?: Record<string, unknown>;
}

/** Each user's in-app inbox: alerts are delivered here and read only by their recipient. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly clock: Clock,
  ) {}

  async notifyUsers(userIds: number[], message: NewNotification, manager?: EntityManager) {
    if (userIds.length === 0) return;
    const repository = manager ? manager.getRepository(Notification) : this.notifications;
    const rows = userIds.map((userId) => ({ userId, ...message, data: message.data ?? null }));
    await repository.insert(rows as QueryDeepPartialEntity<Notification>[]);
  }

  async inbox(userId: number, filter: NotificationQueryDto): Promise<Page<Notification> & { unread: number }> {
    const query = this.notifications.createQueryBuilder('n').where('n.userId = :userId', { userId });
    if (filter.unread) query.andWhere('n.readAt IS NULL');
    const page = await readPage(query, filter, { createdAt: 'n.createdAt' }, '-createdAt', (row) => row);
    const unread = await this.notifications.count({ where: { userId, readAt: IsNull() } });
    return { ...page, unread };
  }

  async markRead(userId: number, id: number): Promise<Notification> {
    // Someone else's notification answers like a missing one: ids cannot be probed.
    const notification = await this.notifications.findOne({ where: { id, userId } });
    if (!notification) throw DomainError.notFound(msg('entities.notification'), id);
    if (!notification.readAt) {
      notification.readAt = this.clock.now();
      await this.notifications.update({ id, userId }, { readAt: notification.readAt });
    }
    return notification;
  }

  async markAllRead(userId: number): Promise<{ updated: number }> {
    const result = await this.notifications.update(
      { userId, readAt: IsNull() },
      { readAt: this.clock.now() },
    );
    return { updated: result.affected ?? 0 };
  }
}

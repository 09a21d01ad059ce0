import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../common/clock';
import { msg } from '../common/i18n/msg';
import { translate } from '../common/i18n/translate';
import { readPage } from '../common/pagination/apply-page';
import type { Page } from '../common/pagination/page';
import { findOrFail } from '../database/find-or-fail';
import type { NotificationQueryDto } from './dto/notification-query.dto';
import { Notification } from './entities/notification.entity';
import { NotificationTextRegistry, type NotificationText } from './notification-text.registry';
import type { NotificationResponseDto } from './dto/notification-response.dto';

/**
 * A notification to send: its kind and the ids and values its text is written from when it
 * is read. No personal text (names, phones, notes): a writer looks those up then.
 */
export interface NewNotification {
  kind: string;
  data: Record<string, string | number | null | undefined>;
}

/** Each user's in-app inbox: alerts are delivered here and read only by their recipient. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly texts: NotificationTextRegistry,
    private readonly clock: Clock,
  ) {}

  async notifyUsers(userIds: number[], message: NewNotification, manager?: EntityManager) {
    if (userIds.length === 0) return;
    const repository = manager ? manager.getRepository(Notification) : this.notifications;
    const rows = userIds.map((userId) => ({
      userId,
      kind: message.kind,
      title: null,
      body: null,
      data: message.data,
    }));
    await repository.insert(rows as QueryDeepPartialEntity<Notification>[]);
  }

  async inbox(
    userId: number,
    filter: NotificationQueryDto,
  ): Promise<Page<NotificationResponseDto> & { unread: number }> {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId });
    if (filter.unread) query.andWhere('n.readAt IS NULL');
    const page = await readPage(
      query,
      filter,
      { createdAt: 'n.createdAt' },
      '-createdAt',
      (row) => row,
    );
    const unread = await this.notifications.count({ where: { userId, readAt: IsNull() } });
    return { ...page, items: await this.views(page.items), unread };
  }

  async markRead(userId: number, id: number): Promise<NotificationResponseDto> {
    // Someone else's notification answers like a missing one: ids cannot be probed.
    const notification = await findOrFail(
      this.notifications,
      Notification,
      { id, userId },
      msg('entities.notification'),
      {
        shownId: id,
      },
    );
    if (!notification.readAt) {
      notification.readAt = this.clock.now();
      await this.notifications.update({ id, userId }, { readAt: notification.readAt });
    }
    return (await this.views([notification]))[0];
  }

  async markAllRead(userId: number): Promise<{ updated: number }> {
    const result = await this.notifications.update(
      { userId, readAt: IsNull() },
      { readAt: this.clock.now() },
    );
    return { updated: result.affected ?? 0 };
  }

  /** The rows written in the reader's language, each kind by its writer, from the records as they are now. */
  private async views(rows: Notification[]): Promise<NotificationResponseDto[]> {
    const texts = new Map<number, NotificationText>();
    const byKind = new Map<string, Notification[]>();
    for (const row of rows) {
      if (row.title === null) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
    }
    for (const [kind, ofKind] of byKind) {
      const written = await this.texts.writerOf(kind)?.write(ofKind);
      for (const [id, text] of written ?? []) texts.set(id, text);
    }
    return rows.map((row) => {
      const text = texts.get(row.id);
      return {
        id: row.id,
        kind: row.kind,
        title: text
          ? translate(text.title)
          : (row.title ?? translate(msg('notifications.unknownKind', { kind: row.kind }))),
        body: text ? translate(text.body) : (row.body ?? ''),
        data: row.data,
        readAt: row.readAt,
        createdAt: row.createdAt,
      };
    });
  }
}

import { AppConfig } from '../config/app-config';
import { msg } from '../common/i18n/msg';
import { Contributes } from '../common/registry/contributes.decorator';
import { zoneTime } from '../common/i18n/zone-time';
import { UsersService } from '../users/users.service';
import type { Notification } from './entities/notification.entity';
import {
  NotificationTextRegistry,
  type NotificationText,
  type NotificationWriter,
} from './notification-text.registry';

/** Freeze and lock alerts, written from the account they are about and the business time zone. */
@Contributes(NotificationTextRegistry)
export class AccountNotificationTexts implements NotificationWriter {
  readonly kinds = ['account.frozen.quota', 'account.locked'] as const;

  constructor(
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async write(notifications: Notification[]): Promise<Map<number, NotificationText>> {
    const ids = notifications
      .map((notification) => Number(notification.data?.userId))
      .filter(Number.isInteger);
    const users = new Map((await this.users.findMany(ids)).map((user) => [user.id, user]));
    const texts = new Map<number, NotificationText>();
    for (const notification of notifications) {
      const data = notification.data ?? {};
      const user = users.get(Number(data.userId));
      const username = user?.username ?? String(data.userId ?? '');
      const name = user?.displayName ?? username;
      if (notification.kind === 'account.locked') {
        const until = zoneTime(new Date(String(data.lockedUntil)), this.config.business.timeZone);
        const attempts = Number(data.attempts ?? this.config.auth.lockoutMaxAttempts);
        texts.set(notification.id, {
          title: msg('notifications.accountLocked.title', { username }),
          body: msg('notifications.accountLocked.body', {
            name,
            username,
            attempts,
            until: until.at,
            zone: until.zone,
          }),
        });
      } else {
        texts.set(notification.id, {
          title: msg('notifications.accountFrozenQuota.title', { username }),
          body: msg('notifications.accountFrozenQuota.body', {
            name,
            username,
            day: String(data.day ?? ''),
            limit: Number(data.limit),
          }),
        });
      }
    }
    return texts;
  }
}

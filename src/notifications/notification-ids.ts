import type { Notification } from './entities/notification.entity';

/** The ids the notifications' data hold under `key`, each once; anything but a positive whole number is left out. */
export function notificationIds(notifications: Notification[], key: string): number[] {
  const ids = notifications
    .map((notification) => Number(notification.data?.[key]))
    .filter((id) => Number.isInteger(id) && id > 0);
  return [...new Set(ids)];
}

import type { NotificationView } from '../notification-view';

/**
 * A notification as the API answers it: the reader's view only. The entity is never the
 * response type, or the document would describe its `user` relation, and with it the
 * account's password hash and TOTP secret.
 */
export class NotificationResponseDto implements NotificationView {
  id: number;
  /** what it is about, e.g. account.locked, plan.reminder */
  kind: string;
  title: string;
  body: string;
  /** the ids it is about (planId, customerId, userId …), for links */
  data: Record<string, unknown> | null;
  readAt: Date | null;
  createdAt: Date;
}

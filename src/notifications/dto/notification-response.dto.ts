/**
 * A notification as its reader sees it, written in their language from what it points at; the
 * API's answer. The entity is never the response type, or the document would describe its
 * `user` relation, and with it the account's password hash and TOTP secret.
 */
export class NotificationResponseDto {
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
